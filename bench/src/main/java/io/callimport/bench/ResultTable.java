package io.callimport.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table the benchmark prints: a Markdown table, so that a run's output can go
 * into docs/BENCHMARKS.md as it is.
 */
public final class ResultTable {

	private static final List<String> HEADER = List.of("scenario", "figure", "value", "target", "met?");

	private final List<Figure> figures;

	public ResultTable(List<Figure> figures) {
		this.figures = List.copyOf(figures);
	}

	public String render() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (Figure figure : this.figures) {
			rows.add(List.of(figure.scenario(), figure.figure(), figure.value(), figure.target(), figure.met()));
		}
		int[] widths = new int[HEADER.size()];
		for (List<String> row : rows) {
			for (int i = 0; i < widths.length; i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder out = new StringBuilder();
		appendRow(out, rows.get(0), widths);
		List<String> rule = new ArrayList<>();
		for (int width : widths) {
			rule.add("-".repeat(Math.max(3, width)));
		}
		appendRow(out, rule, widths);
		rows.subList(1, rows.size()).forEach((row) -> appendRow(out, row, widths));
		return out.toString();
	}

	private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
		out.append('|');
		for (int i = 0; i < cells.size(); i++) {
			out.append(' ').append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length())).append(" |");
		}
		out.append('\n');
	}

}

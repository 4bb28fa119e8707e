package io.callimport.simulator.login;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page of the simulated login host: e-mail and password of an administrator,
 * the authorization request carried in hidden fields.
 */
final class LoginPage {

	private LoginPage() {
	}

	static String signIn(Map<String, String> request, @Nullable String error, String email) {
		StringBuilder hidden = new StringBuilder();
		request.forEach((name, value) -> hidden.append("<input type=\"hidden\" name=\"")
			.append(escape(name))
			.append("\" value=\"")
			.append(escape(value))
			.append("\">\n"));
		String alert = (error != null)
				? "<p id=\"sign-in-error\" class=\"error\" role=\"alert\">" + escape(error) + "</p>\n" : "";
		String describedBy = (error != null) ? " aria-describedby=\"sign-in-error\" aria-invalid=\"true\"" : "";
		return page("Sign in", """
				<h1>Sign in to Genesys Cloud</h1>
				<p>Simulated login page: sign in as an administrator of a simulated organisation.</p>
				%s<form method="post" action="/oauth/authorize">
				%s<p><label for="email">E-mail</label>
				<input id="email" name="email" type="email" autocomplete="username" required value="%s"%s></p>
				<p><label for="password">Password</label>
				<input id="password" name="password" type="password" autocomplete="current-password" required%s></p>
				<p><button type="submit">Sign in</button></p>
				</form>
				""".formatted(alert, hidden, escape(email), describedBy, describedBy));
	}

	static String error(String message) {
		return page("Sign-in error", "<h1>Sign-in error</h1>\n<p role=\"alert\">" + escape(message) + "</p>\n");
	}

	private static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s – Genesys Cloud (simulator)</title>
				<style>
				body { font-family: sans-serif; margin: 2rem; color: #1a1a1a; background: #fff; }
				main { max-width: 28rem; }
				label { display: block; font-weight: bold; margin-bottom: .25rem; }
				input { font-size: 1rem; padding: .4rem; width: 100%%; box-sizing: border-box; border: 1px solid #555; }
				button { font-size: 1rem; padding: .5rem 1.2rem; background: #0b4f9c; color: #fff; border: 0; }
				:focus-visible { outline: 3px solid #c75000; outline-offset: 2px; }
				.error { color: #a00000; font-weight: bold; }
				</style>
				</head>
				<body>
				<main>
				%s</main>
				</body>
				</html>
				""".formatted(escape(title), body);
	}

	private static String escape(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8");
	}

}

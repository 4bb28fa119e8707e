package io.callimport.k8s;

import java.util.List;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

import io.callimport.k8s.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartNetworkPolicyTests {

	private static final String ON = "networkPolicy: {enabled: true}";

	private static final String PRODUCER_ACME = "ci-genesys-call-import-producer-acme";

	private static final String CONSUMER = "ci-genesys-call-import-consumer";

	private static final String INSTALLATION_API = "ci-genesys-call-import-installation-api";

	@Test
	void createsNoNetworkPolicyUnlessAsked() {
		assertThat(Chart.render(ValuesFixtures.TWO_TENANTS).ofKind("NetworkPolicy")).isEmpty();
	}

	@Test
	void isolatesEveryWorkloadSelectingExactlyItsOwnPods() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, ON);

		assertThat(manifests.ofKind("NetworkPolicy")).hasSameSizeAs(manifests.ofKind("Deployment"));
		for (Manifest deployment : manifests.ofKind("Deployment")) {
			Manifest policy = manifests.named("NetworkPolicy", deployment.name());
			assertThat(Tree.listAt(policy.object(), "spec.policyTypes")).containsExactly("Ingress", "Egress");
			assertThat(Tree.mapAt(policy.object(), "spec.podSelector.matchLabels"))
				.isEqualTo(Tree.mapAt(deployment.object(), "spec.selector.matchLabels"));
		}
	}

	@Test
	void admitsTheManagementPortOnlyFromPrometheus() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, ON);

		for (Manifest policy : manifests.ofKind("NetworkPolicy")) {
			Object management = ingressOn(policy, "management");
			assertThat(Tree.listAt(management, "from")).as(policy.name())
				.singleElement()
				.satisfies((peer) -> assertThat(Tree.mapAt(peer, "podSelector.matchLabels"))
					.containsEntry("app.kubernetes.io/name", "prometheus"));
		}
	}

	@Test
	void admitsTheAdminApiOnlyFromTheWizardAndTheIngressControllerWhenItHasAnIngress() {
		Manifest closed = Chart.render(ValuesFixtures.TWO_TENANTS, ON).named("NetworkPolicy", PRODUCER_ACME);
		Manifest exposed = Chart.render(ValuesFixtures.TWO_TENANTS, ValuesFixtures.ADMIN_API_EXPOSED, ON)
			.named("NetworkPolicy", PRODUCER_ACME);

		List<Object> wizardOnly = Tree.listAt(ingressOn(closed, "http"), "from");
		assertThat(wizardOnly).singleElement()
			.satisfies((peer) -> assertThat(Tree.mapAt(peer, "podSelector.matchLabels"))
				.containsEntry("app.kubernetes.io/component", "installation-api"));
		assertThat(Tree.listAt(ingressOn(exposed, "http"), "from")).hasSize(2)
			.last()
			.satisfies((peer) -> assertThat(Tree.mapAt(peer, "namespaceSelector.matchLabels"))
				.containsEntry("kubernetes.io/metadata.name", "ingress-nginx"));
	}

	@Test
	void admitsNobodyOnTheConsumersHttpPortAndOnlyTheIngressControllerOnTheWizards() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, ValuesFixtures.INSTALLATION_API_EXPOSED, ON);

		assertThat(ports(Tree.listAt(manifests.named("NetworkPolicy", CONSUMER).object(), "spec.ingress")))
			.containsExactly("management");
		assertThat(Tree.listAt(ingressOn(manifests.named("NetworkPolicy", INSTALLATION_API), "http"), "from"))
			.singleElement()
			.satisfies((peer) -> assertThat(Tree.mapAt(peer, "namespaceSelector.matchLabels"))
				.containsEntry("kubernetes.io/metadata.name", "ingress-nginx"));
		assertThat(ports(Tree.listAt(
				Chart.render(ValuesFixtures.TWO_TENANTS, ON).named("NetworkPolicy", INSTALLATION_API).object(),
				"spec.ingress")))
			.as("no Ingress, no outside caller")
			.containsExactly("management");
	}

	@Test
	void letsEachWorkloadReachOnlyDnsAndTheServicesItUses() {
		Manifests manifests = Chart.render(ValuesFixtures.TWO_TENANTS, ON, """
				networkPolicy:
				  egress:
				    postgresql:
				      ports: [5432]
				      peers: [{ipBlock: {cidr: 10.20.0.0/16}}]
				""");

		assertThat(ports(egress(manifests.named("NetworkPolicy", PRODUCER_ACME)))).containsExactly("53", "443", "5432",
				"5671", "5672");
		assertThat(ports(egress(manifests.named("NetworkPolicy", CONSUMER)))).containsExactly("53", "443", "5432",
				"5671", "5672", "9000");
		assertThat(ports(egress(manifests.named("NetworkPolicy", INSTALLATION_API)))).containsExactly("53", "443",
				"5432");
		Object database = egress(manifests.named("NetworkPolicy", CONSUMER)).stream()
			.filter((rule) -> ports(List.of(rule)).contains("5432"))
			.findFirst()
			.orElseThrow();
		assertThat(Tree.listAt(database, "to")).singleElement()
			.satisfies((peer) -> assertThat(Tree.stringAt(peer, "ipBlock.cidr")).isEqualTo("10.20.0.0/16"));
		Object dns = egress(manifests.named("NetworkPolicy", CONSUMER)).get(0);
		assertThat(Tree.listAt(dns, "ports")).extracting((port) -> Tree.stringAt(port, "protocol"))
			.containsExactly("UDP", "TCP");
	}

	private static List<Object> egress(Manifest policy) {
		return Tree.listAt(policy.object(), "spec.egress");
	}

	private static Object ingressOn(Manifest policy, String port) {
		return Tree.listAt(policy.object(), "spec.ingress")
			.stream()
			.filter((rule) -> ports(List.of(rule)).contains(port))
			.findFirst()
			.orElseThrow(() -> new AssertionError(policy.name() + " admits nothing on " + port));
	}

	private static Set<String> ports(List<Object> rules) {
		// shorter first, so that port numbers sort as numbers
		Set<String> ports = new TreeSet<>(
				Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
		for (Object rule : rules) {
			Tree.listAt(rule, "ports").forEach((port) -> ports.add(Tree.stringAt(port, "port")));
		}
		return ports;
	}

}

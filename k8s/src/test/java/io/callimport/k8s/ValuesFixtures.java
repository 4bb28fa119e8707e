package io.callimport.k8s;

/** Values documents the chart tests render with. */
final class ValuesFixtures {

	/** Two tenants, the second with every per-tenant override. */
	static final String TWO_TENANTS = """
			producer:
			  tenants:
			    - id: acme
			    - id: globex
			      replicaCount: 3
			      reconciliation:
			        cron: "0 0 4 * * ?"
			        zone: America/Chicago
			      adminApi:
			        existingSecret: globex-admin
			        secretKeys:
			          token: token
			      resources:
			        requests: {cpu: 100m, memory: 600Mi}
			        limits: {memory: 1Gi}
			      extraEnvVars:
			        - name: LOGGING_LEVEL_IO_CALLIMPORT
			          value: DEBUG
			""";

	static final String MONITORING_ON = """
			metrics:
			  serviceMonitor: {enabled: true, labels: {release: prometheus}}
			  prometheusRule: {enabled: true}
			  grafanaDashboard: {enabled: true}
			""";

	private ValuesFixtures() {
	}

}

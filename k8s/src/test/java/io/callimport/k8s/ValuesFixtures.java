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

	/** The installation API behind an Ingress, with its wizard settings. */
	static final String INSTALLATION_API_EXPOSED = """
			installationApi:
			  wizard:
			    oauthClientId: wizard-client
			    frameAncestors: ['https://apps.mypurecloud.com', 'https://*.pure.cloud']
			  ingress:
			    enabled: true
			    ingressClassName: nginx
			    hostname: wizard.example.com
			    annotations: {cert-manager.io/cluster-issuer: letsencrypt}
			""";

	/** The tenants' admin APIs behind an Ingress. */
	static final String ADMIN_API_EXPOSED = """
			producer:
			  ingress:
			    enabled: true
			    ingressClassName: nginx
			    hostname: admin.example.com
			""";

	private ValuesFixtures() {
	}

}

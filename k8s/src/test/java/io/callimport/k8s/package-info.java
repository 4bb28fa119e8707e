/**
 * Tests of the deployment artifacts: the Helm chart rendered and linted by a real Helm
 * engine, the dashboards and alert rules, the compose file.
 */
@NullMarked
package io.callimport.k8s;

import org.jspecify.annotations.NullMarked;

/**
 * Real services for integration tests. Where a Docker engine runs, Testcontainers starts
 * PostgreSQL, RabbitMQ and MinIO once per test JVM; elsewhere the tests use the
 * PostgreSQL and RabbitMQ at the configured addresses and an in-process S3 server. Either
 * way each test context gets its own database and virtual host, so tests never see each
 * other's rows or messages.
 */
@NullMarked
package io.callimport.testsupport;

import org.jspecify.annotations.NullMarked;

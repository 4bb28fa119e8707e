package io.callimport.installation;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.simulator.GenesysCloudSimulator;

/**
 * The installation module on a random port against the shared services; every test class
 * extending this shares one context.
 */
@SpringBootTest(classes = InstallationApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class InstallationContext {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	protected HttpApi api;

	protected final GenesysCloudSimulator simulator = InstallationServices.simulator();

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		InstallationServices.register(registry);
	}

	@BeforeEach
	void client() {
		this.api = new HttpApi(baseUrl());
	}

	protected String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

}

package io.github.kindem2m.test.issuer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalKindeIssuerApplicationTests {

	@Test
	void theSummaryShowsTheUrlAndTheDemoClients() {
		try (LocalKindeIssuer issuer = LocalKindeIssuer.builder()
			.client(LocalClient.builder("acme-agent").secret("acme-demo-secret").org("org_acme").scopes("kb:read").build())
			.start()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			LocalKindeIssuerApplication.printSummary(issuer, new PrintStream(out, true, StandardCharsets.UTF_8));
			assertThat(out.toString(StandardCharsets.UTF_8)).contains(issuer.domain())
				.contains(issuer.tokenEndpoint())
				.contains("acme-agent")
				.contains("acme-demo-secret")
				.contains("org_acme");
		}
	}

}

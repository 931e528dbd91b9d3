package io.github.kindem2m.observability;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import io.github.kindem2m.jwks.JwksSettings;
import io.github.kindem2m.jwks.JwksStatus;
import io.github.kindem2m.jwks.KindeJwkSources;
import io.github.kindem2m.support.Decoders;
import io.github.kindem2m.support.JwksServer;
import io.github.kindem2m.support.TestTokens;
import io.github.kindem2m.validation.KindeJwtDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.security.oauth2.jwt.BadJwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The key set health states, driven by the real decoder and a key set over HTTP.
 */
class JwksHealthTests {

	private final JwksServer server = new JwksServer(TestTokens.KEY);

	private final JwksStatus status = new JwksStatus(Clock.systemUTC());

	private final KindeJwksHealthIndicator health = new KindeJwksHealthIndicator(this.status,
			URI.create(this.server.domain() + JwksServer.PATH));

	@AfterEach
	void stop() {
		this.server.close();
	}

	/** 1.5 s cache, 4 s outage tolerance, short timeouts. */
	private KindeJwtDecoder decoder() {
		JwksSettings settings = new JwksSettings(URI.create(this.server.domain() + JwksServer.PATH),
				Duration.ofMillis(1500), Duration.ZERO, Duration.ofMillis(500), Duration.ofMillis(4000),
				Duration.ofMillis(400), Duration.ofMillis(400), 50 * 1024);
		return Decoders.decoder(this.server, KindeJwkSources.remote(settings, this.status));
	}

	private String token() {
		return TestTokens.sign(TestTokens.claims(this.server.domain()).build());
	}

	@Test
	void unknownUntilTheFirstTokenThenUp() {
		KindeJwtDecoder decoder = decoder();
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UNKNOWN);
		decoder.decode(token());
		Health up = this.health.health();
		assertThat(up.getStatus()).isEqualTo(Status.UP);
		assertThat(up.getDetails()).containsEntry("keys", 1)
			.containsEntry("servingStaleKeys", false)
			.containsKey("lastSuccessfulFetch");
		assertThat(this.server.requests()).isEqualTo(1);
		this.health.health();
		assertThat(this.server.requests()).as("no network call per probe").isEqualTo(1);
	}

	@Test
	void upWhileOutageToleranceServesTheLastKeysThenDown() throws Exception {
		KindeJwtDecoder decoder = decoder();
		decoder.decode(token());
		this.server.fail(503);
		Thread.sleep(1700);
		decoder.decode(token());
		Health outage = this.health.health();
		assertThat(outage.getStatus()).isEqualTo(Status.UP);
		assertThat(outage.getDetails()).containsEntry("servingStaleKeys", true).containsKey("servingUntil")
			.containsKey("lastFailure");
		Thread.sleep(3000);
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token()));
		assertThat(this.health.health().getStatus()).isEqualTo(Status.DOWN);
		this.server.serve(TestTokens.KEY);
		Thread.sleep(600);
		decoder.decode(token());
		assertThat(this.health.health().getStatus()).as("recovered").isEqualTo(Status.UP);
		assertThat(this.health.health().getDetails()).containsEntry("servingStaleKeys", false);
	}

	@Test
	void downWhenTheFirstFetchFails() {
		this.server.fail(500);
		KindeJwtDecoder decoder = decoder();
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token()));
		Health down = this.health.health();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsKey("lastFailure");
	}

}

package io.github.kindem2m.observability;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import io.github.kindem2m.jwks.JwksListener;
import io.github.kindem2m.jwks.JwksSettings;
import io.github.kindem2m.jwks.JwksStatus;
import io.github.kindem2m.jwks.KindeJwkSources;
import io.github.kindem2m.support.Decoders;
import io.github.kindem2m.support.JwksServer;
import io.github.kindem2m.support.TestTokens;
import io.github.kindem2m.validation.KindeJwtDecoder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The key set meters with the real decoder: fetches by outcome, the rate limit, the stale
 * (outage tolerance) gauge and the key count.
 */
class JwksMetricsTests {

	private final JwksServer server = new JwksServer(TestTokens.KEY);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final KindeM2mMetrics metrics = new KindeM2mMetrics(this.registry, false);

	private final JwksStatus status = new JwksStatus(Clock.systemUTC());

	@AfterEach
	void stop() {
		this.server.close();
	}

	private KindeJwtDecoder decoder() {
		this.metrics.bind(this.status);
		JwksSettings settings = new JwksSettings(URI.create(this.server.domain() + JwksServer.PATH),
				Duration.ofMillis(1500), Duration.ZERO, Duration.ofMillis(1000), Duration.ofHours(1),
				Duration.ofMillis(400), Duration.ofMillis(400), 50 * 1024);
		JwksListener both = new JwksListener() {

			@Override
			public void keysRefreshed(JWKSet keys) {
				JwksMetricsTests.this.status.keysRefreshed(keys);
			}

			@Override
			public void fetched(Duration duration, @Nullable Throwable failure) {
				JwksMetricsTests.this.status.fetched(duration, failure);
				JwksMetricsTests.this.metrics.fetched(duration, failure);
			}

			@Override
			public void servingStaleKeys(Throwable cause, Duration remaining) {
				JwksMetricsTests.this.status.servingStaleKeys(cause, remaining);
			}

			@Override
			public void rateLimited() {
				JwksMetricsTests.this.metrics.rateLimited();
			}

		};
		return Decoders.decoder(this.server, KindeJwkSources.remote(settings, both));
	}

	private String token(String kid) {
		return TestTokens.sign(TestTokens.KEY, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
				TestTokens.claims(this.server.domain()).build());
	}

	@Test
	void fetchesKeysAndTheRateLimitAreMeasured() {
		KindeJwtDecoder decoder = decoder();
		decoder.decode(token("key-1"));
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token(UUID.randomUUID().toString())));
		}
		assertThat(this.registry.get("kinde.m2m.jwks.fetches").tags("outcome", "success").timer().count())
			.isEqualTo(this.server.requests());
		assertThat(this.registry.get("kinde.m2m.jwks.rate.limited").counter().count()).isPositive();
		assertThat(this.registry.get("kinde.m2m.jwks.keys").gauge().value()).isEqualTo(1.0);
		assertThat(this.registry.get("kinde.m2m.jwks.stale").gauge().value()).isZero();
	}

	@Test
	void anOutageShowsAsFailedFetchesAndTheStaleGauge() throws Exception {
		KindeJwtDecoder decoder = decoder();
		decoder.decode(token("key-1"));
		this.server.fail(503);
		Thread.sleep(1700);
		decoder.decode(token("key-1"));
		assertThat(this.registry.get("kinde.m2m.jwks.fetches").tags("outcome", "failure").timer().count()).isPositive();
		assertThat(this.registry.get("kinde.m2m.jwks.stale").gauge().value()).isEqualTo(1.0);
	}

}

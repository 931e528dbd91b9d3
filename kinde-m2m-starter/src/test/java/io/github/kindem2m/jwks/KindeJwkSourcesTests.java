package io.github.kindem2m.jwks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.kindem2m.support.Decoders;
import io.github.kindem2m.support.JwksServer;
import io.github.kindem2m.support.TestTokens;
import io.github.kindem2m.validation.KindeJwtDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Key set behaviour over real HTTP: rotation, unknown-kid floods, outages, slow and bad
 * responses.
 */
class KindeJwkSourcesTests {

	private static final RSAKey ROTATED = TestTokens.generate("key-2");

	private final JwksServer server = new JwksServer(TestTokens.KEY);

	@AfterEach
	void stop() {
		this.server.close();
	}

	private String token(RSAKey key) {
		return TestTokens.sign(key, TestTokens.claims(this.server.domain()).build());
	}

	private String tokenWithKid(String kid) {
		return TestTokens.sign(TestTokens.KEY, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
				TestTokens.claims(this.server.domain()).build());
	}

	/** Short cache so tests can wait for expiry: 1.5 s TTL, 0.5 s between refetches, 0.4 s timeouts. */
	private KindeJwtDecoder shortLivedDecoder() {
		JwksSettings settings = new JwksSettings(URI.create(this.server.domain() + JwksServer.PATH),
				Duration.ofMillis(1500), Duration.ZERO, Duration.ofMillis(500), Duration.ofHours(1),
				Duration.ofMillis(400), Duration.ofMillis(400), 50 * 1024);
		return Decoders.decoder(this.server, KindeJwkSources.remote(settings));
	}

	@Test
	void nothingIsFetchedUntilTheFirstToken() {
		KindeJwtDecoder decoder = Decoders.decoder(this.server);
		assertThat(this.server.requests()).isZero();
		decoder.decode(token(TestTokens.KEY));
		decoder.decode(token(TestTokens.KEY));
		assertThat(this.server.requests()).isEqualTo(1);
	}

	@Test
	void aRotatedKeyIsAcceptedAfterOneRefetchWithoutRestart() {
		KindeJwtDecoder decoder = Decoders.decoder(this.server);
		decoder.decode(token(TestTokens.KEY));
		this.server.serve(TestTokens.KEY, ROTATED);
		decoder.decode(token(ROTATED));
		decoder.decode(token(ROTATED));
		decoder.decode(token(TestTokens.KEY));
		assertThat(this.server.requests()).isEqualTo(2);
	}

	@Test
	void aFloodOfUnknownKeyIdsCausesAtMostOneRefetchPerInterval() throws Exception {
		KindeJwtDecoder decoder = Decoders.decoder(this.server);
		decoder.decode(token(TestTokens.KEY));
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String forged = tokenWithKid(UUID.randomUUID().toString());
			attempts.add(() -> {
				try {
					decoder.decode(forged);
					return true;
				}
				catch (BadJwtException ex) {
					return false;
				}
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (Future<Boolean> accepted : pool.invokeAll(attempts)) {
				assertThat(accepted.get()).isFalse();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.server.requests()).isLessThanOrEqualTo(2);
		decoder.decode(token(TestTokens.KEY));
	}

	@Test
	void cachedKeysKeepWorkingThroughAnOutageAndOtherTokensGet401() throws Exception {
		KindeJwtDecoder decoder = shortLivedDecoder();
		decoder.decode(token(TestTokens.KEY));
		this.server.fail(503);
		Thread.sleep(1700);
		decoder.decode(token(TestTokens.KEY));
		assertThat(this.server.requests()).isGreaterThan(1);
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token(ROTATED)))
			.withMessageMatching("(No signing key in the Kinde key set matches the token's key id"
					+ "|The Kinde signing keys could not be retrieved)");
	}

	@Test
	void withNoCachedKeysAnOutageIsA401NotAServerError() {
		this.server.fail(500);
		KindeJwtDecoder decoder = Decoders.decoder(this.server);
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token(TestTokens.KEY)))
			.withMessage("The Kinde signing keys could not be retrieved");
	}

	@Test
	void aSlowKeySetNeverHoldsARequestBeyondTheTimeouts() throws Exception {
		KindeJwtDecoder decoder = shortLivedDecoder();
		decoder.decode(token(TestTokens.KEY));
		this.server.delay(5000, TestTokens.KEY, ROTATED);
		Thread.sleep(1700);
		long start = System.nanoTime();
		decoder.decode(token(TestTokens.KEY));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token(ROTATED)));
		// The 5 s response is cut off by the 0.4 s read timeout; allow generous scheduling slack.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4000));
	}

	@Test
	void anOversizedKeySetResponseKeepsTheOldKeys() throws Exception {
		KindeJwtDecoder decoder = shortLivedDecoder();
		decoder.decode(token(TestTokens.KEY));
		// A valid key set that also carries the rotated key, padded past the 50 KiB limit.
		this.server.serveBody("{\"padding\":\"" + "x".repeat(60 * 1024) + "\"," + TestTokens.jwks(TestTokens.KEY, ROTATED).substring(1));
		Thread.sleep(1700);
		decoder.decode(token(TestTokens.KEY));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token(ROTATED)));
	}

	@Test
	void aMalformedKeySetResponseKeepsTheOldKeys() throws Exception {
		KindeJwtDecoder decoder = shortLivedDecoder();
		decoder.decode(token(TestTokens.KEY));
		this.server.serveBody("{\"keys\": \"not a list\"");
		Thread.sleep(1700);
		decoder.decode(token(TestTokens.KEY));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token(ROTATED)));
	}

}

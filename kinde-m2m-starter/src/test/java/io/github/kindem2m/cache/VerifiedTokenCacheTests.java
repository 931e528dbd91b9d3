package io.github.kindem2m.cache;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.kindem2m.jwks.JwksSettings;
import io.github.kindem2m.jwks.KindeJwkSources;
import io.github.kindem2m.support.Decoders;
import io.github.kindem2m.support.JwksServer;
import io.github.kindem2m.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The cache's safety rules, each with real tokens and the real decoder behind it.
 */
class VerifiedTokenCacheTests {

	private static final RSAKey SECOND = TestTokens.generate("key-2");

	private final JwksServer server = new JwksServer(TestTokens.KEY, SECOND);

	private final MutableClock clock = new MutableClock(Instant.now());

	private final AtomicInteger verifications = new AtomicInteger();

	@AfterEach
	void stop() {
		this.server.close();
	}

	/** The real decoder, counting how often it is asked. */
	private JwtDecoder counting(JwtDecoder real) {
		return (token) -> {
			this.verifications.incrementAndGet();
			return real.decode(token);
		};
	}

	private String token(RSAKey key, Instant expiresAt) {
		return TestTokens.sign(key, TestTokens.claims(this.server.domain())
			.issueTime(Date.from(expiresAt.minusSeconds(3600)))
			.expirationTime(Date.from(expiresAt))
			.build());
	}

	@Test
	void aHitSkipsParsingAndVerification() {
		VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofSeconds(60), Clock.systemUTC());
		JwtDecoder decoder = cache.decorate(counting(Decoders.decoder(this.server)));
		String token = TestTokens.sign(TestTokens.claims(this.server.domain()).build());
		Jwt first = decoder.decode(token);
		Jwt second = decoder.decode(token);
		assertThat(second).isSameAs(first);
		assertThat(this.verifications).hasValue(1);
		assertThat(cache.stats().hitCount()).isEqualTo(1);
	}

	@Test
	void expiryIsCheckedOnEveryHitAndEntriesNeverOutliveTheirToken() {
		VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ZERO, this.clock);
		JwtDecoder decoder = cache.decorate(counting(Decoders.decoder(this.server)));
		String token = token(TestTokens.KEY, Instant.now().plusSeconds(120));
		decoder.decode(token);
		this.clock.advance(Duration.ofSeconds(119));
		decoder.decode(token);
		assertThat(this.verifications).hasValue(1);
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(cache.size()).as("expired with its token").isZero();
		// Past its expiry the cached copy is not served: the real decoder sees it (and, on
		// the real clock, still accepts it: the test clock only moves the cache).
		decoder.decode(token);
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void aStaleEntryIsNotServedEvenBeforeItIsEvicted() {
		VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ZERO, this.clock);
		JwtDecoder decoder = cache.decorate(counting(Decoders.decoder(this.server)));
		String token = token(TestTokens.KEY, Instant.now().plusSeconds(60));
		decoder.decode(token);
		this.clock.advance(Duration.ofSeconds(61));
		decoder.decode(token);
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void refusedTokensAreNeverCached() {
		VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofSeconds(60), Clock.systemUTC());
		JwtDecoder decoder = cache.decorate(counting(Decoders.decoder(this.server)));
		String foreign = TestTokens.sign(TestTokens.claims(this.server.domain()).audience("https://other.test").build());
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(foreign));
		}
		assertThat(this.verifications).hasValue(3);
		assertThat(cache.size()).isZero();
	}

	@Test
	void invalidateAllMakesEveryTokenBeCheckedAgain() {
		VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofSeconds(60), Clock.systemUTC());
		JwtDecoder decoder = cache.decorate(counting(Decoders.decoder(this.server)));
		String token = TestTokens.sign(TestTokens.claims(this.server.domain()).build());
		decoder.decode(token);
		cache.invalidateAll();
		decoder.decode(token);
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void memoryIsBounded() {
		VerifiedTokenCache cache = new VerifiedTokenCache(10, Duration.ofSeconds(60), Clock.systemUTC());
		JwtDecoder decoder = cache.decorate(Decoders.decoder(this.server));
		for (int i = 0; i < 50; i++) {
			decoder.decode(TestTokens.sign(TestTokens.claims(this.server.domain()).jwtID("token-" + i).build()));
		}
		assertThat(cache.size()).isLessThanOrEqualTo(10);
	}

	@Test
	void tokensOfAKeyRemovedFromTheKeySetAreEvictedAtTheNextRefresh() throws Exception {
		VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofSeconds(60), Clock.systemUTC());
		JwksSettings shortLived = new JwksSettings(URI.create(this.server.domain() + JwksServer.PATH),
				Duration.ofMillis(1500), Duration.ZERO, Duration.ofMillis(500), Duration.ofHours(1),
				Duration.ofMillis(400), Duration.ofMillis(400), 50 * 1024);
		JwtDecoder decoder = cache
			.decorate(Decoders.decoder(this.server, KindeJwkSources.remote(shortLived, cache)));
		String first = TestTokens.sign(TestTokens.KEY, TestTokens.claims(this.server.domain()).build());
		String second = TestTokens.sign(SECOND, TestTokens.claims(this.server.domain()).build());
		decoder.decode(first);
		decoder.decode(second);
		assertThat(cache.size()).isEqualTo(2);
		this.server.serve(TestTokens.KEY);
		Thread.sleep(1700);
		decoder.decode(TestTokens.sign(TestTokens.claims(this.server.domain()).jwtID("refresh").build()));
		assertThatExceptionOfType(BadJwtException.class).as("the removed key's token is verified again, and refused")
			.isThrownBy(() -> decoder.decode(second));
		decoder.decode(first);
	}

	@Test
	void refreshesKeepTokensOfKeysStillPublished() {
		VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofSeconds(60), Clock.systemUTC());
		JwtDecoder decoder = cache.decorate(Decoders.decoder(this.server));
		decoder.decode(TestTokens.sign(TestTokens.claims(this.server.domain()).build()));
		cache.keysRefreshed(new JWKSet(List.of(TestTokens.KEY.toPublicJWK())));
		assertThat(cache.size()).isEqualTo(1);
		cache.keysRefreshed(new JWKSet(SECOND.toPublicJWK()));
		assertThat(cache.size()).isZero();
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}


}

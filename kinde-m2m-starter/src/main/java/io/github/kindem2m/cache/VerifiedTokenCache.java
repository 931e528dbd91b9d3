package io.github.kindem2m.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.github.kindem2m.jwks.JwksListener;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.Assert;

/**
 * Remembers tokens that passed every check, by the SHA-256 digest of their full compact
 * form, so the next request with the same token skips parsing and signature verification.
 *
 * <p>Safety rules: {@code exp} and {@code nbf} are checked again on every hit; an entry
 * never outlives its token; entries whose signing key leaves the key set are evicted at
 * the next key set refresh; the number of entries is bounded; refused tokens are never
 * stored, so a flood of bad tokens cannot push good ones out. Tokens without a {@code kid}
 * are not cached. The application's own validators run once per token, when it is first
 * seen: if they depend on state that changes (a revocation list), call
 * {@link #invalidateAll()} when it does, or switch the cache off.
 */
public final class VerifiedTokenCache implements JwksListener {

	private final Cache<TokenDigest, Entry> entries;

	private final Duration clockSkew;

	private final Clock clock;

	/**
	 * Creates a cache.
	 * @param maximumEntries the most tokens kept at once
	 * @param clockSkew the tolerance of the time checks, as for a fresh token
	 * @param clock the clock of the time checks and of expiry
	 */
	public VerifiedTokenCache(int maximumEntries, Duration clockSkew, Clock clock) {
		Assert.isTrue(maximumEntries > 0, "maximumEntries must be positive");
		this.clockSkew = clockSkew;
		this.clock = clock;
		this.entries = Caffeine.newBuilder()
			.maximumSize(maximumEntries)
			.ticker(() -> clock.millis() * 1_000_000L)
			.expireAfter(new UntilTokenExpires())
			.recordStats()
			.build();
	}

	/**
	 * A decoder that answers from this cache and asks the delegate on a miss.
	 * @param delegate the verifying decoder
	 * @return the caching decoder
	 */
	public JwtDecoder decorate(JwtDecoder delegate) {
		return (token) -> decode(token, delegate);
	}

	private Jwt decode(@Nullable String token, JwtDecoder delegate) {
		if (token == null || token.isEmpty()) {
			return delegate.decode(token);
		}
		TokenDigest digest = TokenDigest.of(token);
		Entry cached = this.entries.getIfPresent(digest);
		if (cached != null) {
			if (isCurrent(cached.jwt())) {
				return cached.jwt();
			}
			this.entries.invalidate(digest);
		}
		Jwt jwt = delegate.decode(token);
		Object kid = jwt.getHeaders().get("kid");
		if (kid instanceof String keyId && jwt.getExpiresAt() != null && isCurrent(jwt)) {
			this.entries.put(digest, new Entry(jwt, keyId));
		}
		return jwt;
	}

	private boolean isCurrent(Jwt jwt) {
		Instant now = Instant.now(this.clock);
		Instant expiresAt = jwt.getExpiresAt();
		Instant notBefore = jwt.getNotBefore();
		return expiresAt != null && !now.minus(this.clockSkew).isAfter(expiresAt)
				&& (notBefore == null || !now.plus(this.clockSkew).isBefore(notBefore));
	}

	/**
	 * Evicts every token signed by a key that is no longer in the key set.
	 * @param keys the keys now in use
	 */
	@Override
	public void keysRefreshed(JWKSet keys) {
		Set<String> current = keys.getKeys().stream().map(JWK::getKeyID).collect(Collectors.toSet());
		this.entries.asMap().values().removeIf((entry) -> !current.contains(entry.keyId()));
	}

	/**
	 * Forgets every cached token, so each is checked again in full on its next use. Call it
	 * when state your own validators depend on changes, such as a revocation list.
	 */
	public void invalidateAll() {
		this.entries.invalidateAll();
	}

	/**
	 * How many tokens are cached now (approximately, as Caffeine counts).
	 * @return the entry count
	 */
	public long size() {
		this.entries.cleanUp();
		return this.entries.estimatedSize();
	}

	/**
	 * Hit and miss counts since start.
	 * @return Caffeine's statistics
	 */
	public CacheStats stats() {
		return this.entries.stats();
	}

	private record Entry(Jwt jwt, String keyId) {
	}

	/** 256 bits of SHA-256, as four longs: cheap to hash and compare, and no token kept as a key. */
	private record TokenDigest(long a, long b, long c, long d) {

		static TokenDigest of(String token) {
			ByteBuffer digest = ByteBuffer.wrap(sha256().digest(token.getBytes(StandardCharsets.US_ASCII)));
			return new TokenDigest(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
		}

		private static MessageDigest sha256() {
			try {
				return MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
			}
		}

	}

	/** Entries expire when their token does, plus the clock skew a fresh token would get. */
	private final class UntilTokenExpires implements Expiry<TokenDigest, Entry> {

		@Override
		public long expireAfterCreate(TokenDigest key, Entry entry, long currentTime) {
			Instant expiresAt = entry.jwt().getExpiresAt();
			Duration left = Duration.between(Instant.now(VerifiedTokenCache.this.clock),
					expiresAt.plus(VerifiedTokenCache.this.clockSkew));
			return Math.max(0, saturatedNanos(left));
		}

		@Override
		public long expireAfterUpdate(TokenDigest key, Entry entry, long currentTime, long currentDuration) {
			return expireAfterCreate(key, entry, currentTime);
		}

		@Override
		public long expireAfterRead(TokenDigest key, Entry entry, long currentTime, long currentDuration) {
			return currentDuration;
		}

		private static long saturatedNanos(Duration duration) {
			try {
				return duration.toNanos();
			}
			catch (ArithmeticException ex) {
				return Long.MAX_VALUE;
			}
		}

	}

}

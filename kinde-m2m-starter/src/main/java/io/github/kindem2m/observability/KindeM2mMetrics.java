package io.github.kindem2m.observability;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.kindem2m.authorization.AuthorizationRefusalListener;
import io.github.kindem2m.authorization.Refusal;
import io.github.kindem2m.cache.VerifiedTokenCache;
import io.github.kindem2m.client.TokenRequestListener;
import io.github.kindem2m.jwks.JwksListener;
import io.github.kindem2m.jwks.JwksStatus;
import io.github.kindem2m.validation.TokenOutcomeListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Micrometer metrics of the starter, with bounded tags: reasons and outcomes come from
 * fixed sets; client ids and registration names are tags only when
 * {@code kinde.m2m.metrics.client-tags=true}. Organisation codes never are.
 * <ul>
 * <li>{@code kinde.m2m.tokens} (counter): {@code outcome} accepted or refused, {@code reason}</li>
 * <li>{@code kinde.m2m.authorization.refusals} (counter): {@code reason}</li>
 * <li>{@code kinde.m2m.jwks.fetches} (timer): {@code outcome} success or failure</li>
 * <li>{@code kinde.m2m.jwks.rate.limited} (counter), {@code kinde.m2m.jwks.keys} and
 * {@code kinde.m2m.jwks.stale} (gauges)</li>
 * <li>{@code kinde.m2m.token.cache.requests} (counter): {@code result} hit or miss, and
 * {@code kinde.m2m.token.cache.size} (gauge)</li>
 * <li>{@code kinde.m2m.client.token.requests} (timer): {@code outcome} success, refused or
 * failed</li>
 * </ul>
 */
public final class KindeM2mMetrics
		implements TokenOutcomeListener, AuthorizationRefusalListener, JwksListener, TokenRequestListener {

	private final MeterRegistry registry;

	private final boolean clientTags;

	private final Counter accepted;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	/**
	 * Creates the metrics.
	 * @param registry where the meters go
	 * @param clientTags whether client ids and registration names become tags
	 */
	public KindeM2mMetrics(MeterRegistry registry, boolean clientTags) {
		this.registry = registry;
		this.clientTags = clientTags;
		this.accepted = Counter.builder("kinde.m2m.tokens")
			.description("Bearer tokens accepted and refused")
			.tags("outcome", "accepted", "reason", "none")
			.register(registry);
	}

	/**
	 * Adds the key set gauges.
	 * @param status the key set status
	 */
	public void bind(JwksStatus status) {
		Gauge.builder("kinde.m2m.jwks.keys", status, JwksStatus::keyCount)
			.description("Keys in the Kinde key set when last refreshed")
			.register(this.registry);
		Gauge.builder("kinde.m2m.jwks.stale", status, (jwks) -> jwks.isServingStaleKeys() ? 1 : 0)
			.description("1 while the last keys serve because the key set cannot be retrieved")
			.register(this.registry);
	}

	/**
	 * Adds the verified-token cache meters.
	 * @param cache the cache
	 */
	public void bind(VerifiedTokenCache cache) {
		FunctionCounter.builder("kinde.m2m.token.cache.requests", cache, (tokens) -> tokens.stats().hitCount())
			.description("Verified-token cache lookups")
			.tags("result", "hit")
			.register(this.registry);
		FunctionCounter.builder("kinde.m2m.token.cache.requests", cache, (tokens) -> tokens.stats().missCount())
			.description("Verified-token cache lookups")
			.tags("result", "miss")
			.register(this.registry);
		Gauge.builder("kinde.m2m.token.cache.size", cache, VerifiedTokenCache::size)
			.description("Tokens in the verified-token cache")
			.register(this.registry);
	}

	@Override
	public void accepted(Jwt jwt) {
		if (this.clientTags) {
			Counter.builder("kinde.m2m.tokens")
				.tags("outcome", "accepted", "reason", "none", "client_id", String.valueOf(jwt.getClaims().get("azp")))
				.register(this.registry)
				.increment();
		}
		else {
			this.accepted.increment();
		}
	}

	@Override
	public void refused(String reason) {
		counter("kinde.m2m.tokens", "Bearer tokens accepted and refused", "outcome", "refused", "reason", reason)
			.increment();
	}

	@Override
	public void refused(@Nullable Refusal refusal) {
		counter("kinde.m2m.authorization.refusals", "Callers refused with 403", "reason",
				(refusal != null) ? refusal.code() : "access_denied")
			.increment();
	}

	@Override
	public void fetched(Duration duration, @Nullable Throwable failure) {
		Timer.builder("kinde.m2m.jwks.fetches")
			.description("Requests to the Kinde key set")
			.tags("outcome", (failure == null) ? "success" : "failure")
			.register(this.registry)
			.record(duration);
	}

	@Override
	public void rateLimited() {
		counter("kinde.m2m.jwks.rate.limited", "Key set refetches refused by the rate limit").increment();
	}

	@Override
	public void requested(String registration, Outcome outcome, Duration duration) {
		Timer.Builder timer = Timer.builder("kinde.m2m.client.token.requests")
			.description("Token requests of the agent side, retries included")
			.tags("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
		if (this.clientTags) {
			timer.tags("registration", registration);
		}
		timer.register(this.registry).record(duration);
	}

	private Counter counter(String name, String description, String... tags) {
		return this.counters.computeIfAbsent(name + String.join(",", tags),
				(key) -> Counter.builder(name).description(description).tags(tags).register(this.registry));
	}

}

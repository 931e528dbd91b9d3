package io.github.kindem2m.observability;

import java.net.URI;

import io.github.kindem2m.jwks.JwksStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the Kinde key set, from what the key source already knows (no network call
 * per probe): up while usable keys are cached, including while an outage has the last
 * keys serving; down only when no usable key is left; unknown until the first token has
 * caused a fetch.
 */
public final class KindeJwksHealthIndicator extends AbstractHealthIndicator {

	private final JwksStatus status;

	private final @Nullable URI jwksUri;

	/**
	 * Creates the indicator.
	 * @param status the key set status
	 * @param jwksUri where the key set is served, shown in the details
	 */
	public KindeJwksHealthIndicator(JwksStatus status, @Nullable URI jwksUri) {
		super("Kinde key set health check failed");
		this.status = status;
		this.jwksUri = jwksUri;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		switch (this.status.state()) {
			case USABLE -> builder.up();
			case NOT_FETCHED -> builder.unknown().withDetail("reason", "keys are fetched when the first token arrives");
			case UNUSABLE -> builder.down();
		}
		if (this.jwksUri != null) {
			builder.withDetail("jwksUri", this.jwksUri.toString());
		}
		builder.withDetail("keys", this.status.keyCount());
		builder.withDetail("servingStaleKeys", this.status.isServingStaleKeys());
		detail(builder, "lastSuccessfulFetch", this.status.lastSuccessfulFetch());
		detail(builder, "servingUntil", this.status.servingUntil());
		detail(builder, "lastFailure", this.status.lastFailure());
	}

	private static void detail(Health.Builder builder, String name, @Nullable Object value) {
		if (value != null) {
			builder.withDetail(name, value.toString());
		}
	}

}

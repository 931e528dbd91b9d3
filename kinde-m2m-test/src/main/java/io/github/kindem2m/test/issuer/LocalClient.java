package io.github.kindem2m.test.issuer;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An M2M application registered with a {@link LocalKindeIssuer}: its credentials, the
 * APIs (audiences) it may ask tokens for, and what its tokens carry.
 *
 * @param clientId the client id, the tokens' {@code azp}
 * @param clientSecret the client secret
 * @param orgCode the organisation of an org-scoped app, or {@code null}
 * @param audiences the audiences the app is authorised for
 * @param scopes the scopes the app is granted
 * @param properties application properties, by name
 * @param flags feature flags: {@link Boolean}, {@link String} or {@link Integer} values,
 * or a {@link FlagValue} for any type code
 * @param tokenLifetime how long its tokens live
 */
public record LocalClient(String clientId, String clientSecret, @Nullable String orgCode, Set<String> audiences,
		Set<String> scopes, Map<String, Object> properties, Map<String, Object> flags, Duration tokenLifetime) {

	public LocalClient {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(clientSecret, "clientSecret");
		audiences = Collections.unmodifiableSet(new LinkedHashSet<>(audiences));
		scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
		flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
	}

	/**
	 * Starts a client registration.
	 * @param clientId the client id
	 * @return a builder
	 */
	public static Builder builder(String clientId) {
		return new Builder(clientId);
	}

	/**
	 * A feature flag with an explicit Kinde type code, such as a JSON flag or a
	 * deliberately malformed one.
	 *
	 * @param typeCode the {@code t} code
	 * @param value the {@code v} value
	 */
	public record FlagValue(String typeCode, @Nullable Object value) {
	}

	/**
	 * Builds a {@link LocalClient}.
	 */
	public static final class Builder {

		private final String clientId;

		private String clientSecret = "local-demo-secret";

		private @Nullable String orgCode;

		private final Set<String> audiences = new LinkedHashSet<>();

		private final Set<String> scopes = new LinkedHashSet<>();

		private final Map<String, Object> properties = new LinkedHashMap<>();

		private final Map<String, Object> flags = new LinkedHashMap<>();

		private Duration tokenLifetime = Duration.ofHours(24);

		private Builder(String clientId) {
			this.clientId = clientId;
		}

		/** The client secret; defaults to a demo value. */
		public Builder secret(String clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		/** The organisation of an org-scoped app. */
		public Builder org(@Nullable String orgCode) {
			this.orgCode = orgCode;
			return this;
		}

		/** Audiences the app may request tokens for. */
		public Builder audiences(String... audiences) {
			this.audiences.addAll(List.of(audiences));
			return this;
		}

		/** Scopes granted to the app. */
		public Builder scopes(String... scopes) {
			this.scopes.addAll(List.of(scopes));
			return this;
		}

		/** An application property. */
		public Builder property(String name, Object value) {
			this.properties.put(name, value);
			return this;
		}

		/** A feature flag: Boolean, String, Integer or {@link FlagValue}. */
		public Builder flag(String name, Object value) {
			this.flags.put(name, value);
			return this;
		}

		/** How long tokens live; Kinde's default is a day. */
		public Builder tokenLifetime(Duration tokenLifetime) {
			this.tokenLifetime = tokenLifetime;
			return this;
		}

		/** The registration. */
		public LocalClient build() {
			return new LocalClient(this.clientId, this.clientSecret, this.orgCode, this.audiences, this.scopes,
					this.properties, this.flags, this.tokenLifetime);
		}

	}

}

package io.github.kindem2m.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the Kinde M2M resource server, bound from kinde.m2m.*.
 *
 * <p>Only kinde.m2m.domain and kinde.m2m.audience are required. Every
 * value is checked at start-up; a wrong one stops the application with a message naming
 * the property.
 */
@ConfigurationProperties("kinde.m2m")
public class KindeM2mProperties {

	/**
	 * Kinde domain that issues the tokens, such as https://acme.kinde.com or a
	 * custom domain. A trailing slash is ignored; plain http is allowed only for loopback
	 * hosts.
	 */
	private @Nullable URI domain;

	/**
	 * Expected token issuer, compared exactly with the iss claim. Defaults to the
	 * domain.
	 */
	private @Nullable String issuer;

	/**
	 * URI of the JSON Web Key Set. Defaults to {domain}/.well-known/jwks.
	 */
	private @Nullable URI jwksUri;

	/**
	 * API audiences: a token's aud claim must contain at least one of them.
	 */
	private List<String> audience = new ArrayList<>();

	/**
	 * Maximum clock difference tolerated when checking exp, nbf and
	 * iat.
	 */
	private Duration clockSkew = Duration.ofSeconds(60);

	/**
	 * Grant types a token's gty claim may carry. Tokens issued to users are
	 * refused unless their grant type is listed here.
	 */
	private Set<String> acceptedGrantTypes = new LinkedHashSet<>(List.of("client_credentials"));

	/**
	 * Maximum size of a bearer token; larger tokens are refused before they are parsed.
	 */
	private DataSize maxTokenSize = DataSize.ofKilobytes(16);

	/**
	 * Retrieval and caching of Kinde's signing keys.
	 */
	private final Jwks jwks = new Jwks();

	/**
	 * Organisation isolation by path variable, without annotations.
	 */
	private final OrgIsolation orgIsolation = new OrgIsolation();

	/**
	 * Cache of tokens that passed every check.
	 */
	private final TokenCache tokenCache = new TokenCache();

	/**
	 * Agent side: client credentials for calling APIs with per-organisation tokens.
	 */
	private final Client client = new Client();

	/**
	 * Micrometer metrics.
	 */
	private final Metrics metrics = new Metrics();

	public @Nullable URI getDomain() {
		return this.domain;
	}

	public void setDomain(@Nullable URI domain) {
		this.domain = domain;
	}

	public @Nullable String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(@Nullable String issuer) {
		this.issuer = issuer;
	}

	public @Nullable URI getJwksUri() {
		return this.jwksUri;
	}

	public void setJwksUri(@Nullable URI jwksUri) {
		this.jwksUri = jwksUri;
	}

	public List<String> getAudience() {
		return this.audience;
	}

	public void setAudience(List<String> audience) {
		this.audience = audience;
	}

	public Duration getClockSkew() {
		return this.clockSkew;
	}

	public void setClockSkew(Duration clockSkew) {
		this.clockSkew = clockSkew;
	}

	public Set<String> getAcceptedGrantTypes() {
		return this.acceptedGrantTypes;
	}

	public void setAcceptedGrantTypes(Set<String> acceptedGrantTypes) {
		this.acceptedGrantTypes = acceptedGrantTypes;
	}

	public DataSize getMaxTokenSize() {
		return this.maxTokenSize;
	}

	public void setMaxTokenSize(DataSize maxTokenSize) {
		this.maxTokenSize = maxTokenSize;
	}

	public Jwks getJwks() {
		return this.jwks;
	}

	public OrgIsolation getOrgIsolation() {
		return this.orgIsolation;
	}

	public TokenCache getTokenCache() {
		return this.tokenCache;
	}

	public Client getClient() {
		return this.client;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	/**
	 * Micrometer metrics.
	 */
	public static class Metrics {

		/**
		 * Whether client ids (and agent registration names) are metric tags. Off by
		 * default: their number is not bounded by the application.
		 */
		private boolean clientTags;

		public boolean isClientTags() {
			return this.clientTags;
		}

		public void setClientTags(boolean clientTags) {
			this.clientTags = clientTags;
		}

	}

	/**
	 * Agent side: tokens fetched with the client credentials grant.
	 */
	public static class Client {

		/**
		 * Kinde domain whose token endpoint issues the tokens. Defaults to
		 * kinde.m2m.domain; set this one alone for an agent with no API of its own.
		 */
		private @Nullable URI domain;

		/**
		 * How long before its expiry a cached token is replaced.
		 */
		private Duration refreshMargin = Duration.ofSeconds(60);

		/**
		 * Connect timeout of a token request.
		 */
		private Duration connectTimeout = Duration.ofSeconds(5);

		/**
		 * Read timeout of a token request.
		 */
		private Duration readTimeout = Duration.ofSeconds(10);

		/**
		 * Attempts of a token request that meets a network error or a 5xx answer.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the first retry of a token request; doubled for each next one.
		 */
		private Duration initialBackoff = Duration.ofMillis(200);

		/**
		 * Client registrations by name, typically one per customer organisation.
		 */
		private Map<String, Registration> registrations = new LinkedHashMap<>();

		public @Nullable URI getDomain() {
			return this.domain;
		}

		public void setDomain(@Nullable URI domain) {
			this.domain = domain;
		}

		public Duration getRefreshMargin() {
			return this.refreshMargin;
		}

		public void setRefreshMargin(Duration refreshMargin) {
			this.refreshMargin = refreshMargin;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Map<String, Registration> getRegistrations() {
			return this.registrations;
		}

		public void setRegistrations(Map<String, Registration> registrations) {
			this.registrations = registrations;
		}

		/**
		 * One M2M application's credentials.
		 */
		public static class Registration {

			/**
			 * Client id of the M2M application.
			 */
			private @Nullable String clientId;

			/**
			 * Client secret of the M2M application.
			 */
			private @Nullable String clientSecret;

			/**
			 * API audiences to request.
			 */
			private List<String> audience = new ArrayList<>();

			/**
			 * Scopes to request; empty for all the application is granted.
			 */
			private List<String> scopes = new ArrayList<>();

			/**
			 * Organisation the credentials must belong to; a token for another
			 * organisation is refused.
			 */
			private @Nullable String orgCode;

			public @Nullable String getClientId() {
				return this.clientId;
			}

			public void setClientId(@Nullable String clientId) {
				this.clientId = clientId;
			}

			public @Nullable String getClientSecret() {
				return this.clientSecret;
			}

			public void setClientSecret(@Nullable String clientSecret) {
				this.clientSecret = clientSecret;
			}

			public List<String> getAudience() {
				return this.audience;
			}

			public void setAudience(List<String> audience) {
				this.audience = audience;
			}

			public List<String> getScopes() {
				return this.scopes;
			}

			public void setScopes(List<String> scopes) {
				this.scopes = scopes;
			}

			public @Nullable String getOrgCode() {
				return this.orgCode;
			}

			public void setOrgCode(@Nullable String orgCode) {
				this.orgCode = orgCode;
			}

		}

	}

	/**
	 * Cache of verified tokens.
	 */
	public static class TokenCache {

		/**
		 * Whether tokens that passed every check are remembered, so that the same token
		 * is not parsed and verified again on the next request.
		 */
		private boolean enabled = true;

		/**
		 * Maximum number of tokens remembered at once.
		 */
		private int maximumEntries = 1000;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaximumEntries() {
			return this.maximumEntries;
		}

		public void setMaximumEntries(int maximumEntries) {
			this.maximumEntries = maximumEntries;
		}

	}

	/**
	 * Organisation isolation by path variable.
	 */
	public static class OrgIsolation {

		/**
		 * Whether a request whose route has the organisation path variable is refused
		 * unless the variable equals the token's org_code.
		 */
		private boolean enabled = true;

		/**
		 * Name of the path variable that holds the organisation code.
		 */
		private String pathVariable = "orgCode";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getPathVariable() {
			return this.pathVariable;
		}

		public void setPathVariable(String pathVariable) {
			this.pathVariable = pathVariable;
		}

	}

	/**
	 * Retrieval and caching of the JSON Web Key Set.
	 */
	public static class Jwks {

		/**
		 * How long fetched keys are used before the key set is fetched again.
		 */
		private Duration cacheTtl = Duration.ofMinutes(5);

		/**
		 * How long before the cache expires a background refresh starts, so requests
		 * never wait for a scheduled fetch.
		 */
		private Duration refreshAhead = Duration.ofSeconds(30);

		/**
		 * Minimum interval between fetches caused by tokens whose key id is unknown;
		 * protects Kinde and this application from floods of made-up key ids.
		 */
		private Duration minRefetchInterval = Duration.ofSeconds(30);

		/**
		 * How long the last fetched keys keep serving while the key set cannot be
		 * retrieved.
		 */
		private Duration outageTolerance = Duration.ofHours(1);

		/**
		 * Connect timeout of a key set request.
		 */
		private Duration connectTimeout = Duration.ofSeconds(2);

		/**
		 * Read timeout of a key set request.
		 */
		private Duration readTimeout = Duration.ofSeconds(2);

		/**
		 * Maximum size of a key set response; a larger response is refused and the
		 * previous keys stay in use.
		 */
		private DataSize maxSize = DataSize.ofKilobytes(50);

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		public Duration getRefreshAhead() {
			return this.refreshAhead;
		}

		public void setRefreshAhead(Duration refreshAhead) {
			this.refreshAhead = refreshAhead;
		}

		public Duration getMinRefetchInterval() {
			return this.minRefetchInterval;
		}

		public void setMinRefetchInterval(Duration minRefetchInterval) {
			this.minRefetchInterval = minRefetchInterval;
		}

		public Duration getOutageTolerance() {
			return this.outageTolerance;
		}

		public void setOutageTolerance(Duration outageTolerance) {
			this.outageTolerance = outageTolerance;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public DataSize getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(DataSize maxSize) {
			this.maxSize = maxSize;
		}

	}

}

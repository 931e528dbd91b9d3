package io.github.kindem2m.autoconfigure;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.kindem2m.jwks.JwksSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

/**
 * The checked form of {@link KindeM2mProperties}: every rule that can be checked without
 * a network call is checked here, at start-up, and a failure names the property.
 */
record KindeM2mSettings(String issuer, List<String> audiences, Duration clockSkew, Set<String> grantTypes,
		int maxTokenSize, JwksSettings jwks) {

	private static final String PREFIX = "kinde.m2m.";

	static KindeM2mSettings from(KindeM2mProperties properties) {
		URI domain = domain("domain", properties.getDomain());
		String issuer = (properties.getIssuer() != null) ? properties.getIssuer() : domain.toString();
		if (issuer.isBlank()) {
			throw invalid("issuer", issuer, "must not be blank");
		}
		URI jwksUri = (properties.getJwksUri() != null) ? properties.getJwksUri()
				: URI.create(domain + "/.well-known/jwks");
		checkUrl("jwks-uri", jwksUri);
		List<String> audiences = List.copyOf(properties.getAudience());
		if (audiences.isEmpty()) {
			throw invalid("audience", null, "at least one API audience is required (the audience of your API in Kinde)");
		}
		if (audiences.stream().anyMatch(String::isBlank)) {
			throw invalid("audience", audiences, "audiences must not be blank");
		}
		Set<String> grantTypes = Set.copyOf(properties.getAcceptedGrantTypes());
		if (grantTypes.isEmpty() || grantTypes.stream().anyMatch(String::isBlank)) {
			throw invalid("accepted-grant-types", grantTypes, "at least one non-blank grant type is required");
		}
		Duration clockSkew = notNegative("clock-skew", properties.getClockSkew());
		int maxTokenSize = positiveSize("max-token-size", properties.getMaxTokenSize());
		if (properties.getTokenCache().isEnabled() && properties.getTokenCache().getMaximumEntries() <= 0) {
			throw invalid("token-cache.maximum-entries", properties.getTokenCache().getMaximumEntries(),
					"must be positive (or set kinde.m2m.token-cache.enabled=false)");
		}
		KindeM2mProperties.OrgIsolation isolation = properties.getOrgIsolation();
		if (isolation.isEnabled() && (isolation.getPathVariable() == null || isolation.getPathVariable().isBlank())) {
			throw invalid("org-isolation.path-variable", isolation.getPathVariable(),
					"must name the path variable that holds the organisation code");
		}
		return new KindeM2mSettings(issuer, audiences, clockSkew, grantTypes, maxTokenSize,
				jwks(jwksUri, properties.getJwks()));
	}

	private static JwksSettings jwks(URI uri, KindeM2mProperties.Jwks jwks) {
		Duration ttl = positive("jwks.cache-ttl", jwks.getCacheTtl());
		Duration refreshAhead = notNegative("jwks.refresh-ahead", jwks.getRefreshAhead());
		Duration minRefetch = positive("jwks.min-refetch-interval", jwks.getMinRefetchInterval());
		Duration outage = notNegative("jwks.outage-tolerance", jwks.getOutageTolerance());
		Duration connect = positive("jwks.connect-timeout", jwks.getConnectTimeout());
		Duration read = positive("jwks.read-timeout", jwks.getReadTimeout());
		int maxSize = positiveSize("jwks.max-size", jwks.getMaxSize());
		if (minRefetch.compareTo(ttl) >= 0) {
			throw invalid("jwks.min-refetch-interval", minRefetch, "must be shorter than kinde.m2m.jwks.cache-ttl (" + ttl + ")");
		}
		if (connect.toMillis() > Integer.MAX_VALUE || read.toMillis() > Integer.MAX_VALUE) {
			throw invalid("jwks.read-timeout", read, "timeouts must be shorter than 24 days");
		}
		if (!refreshAhead.isZero() && refreshAhead.plus(connect).plus(read).compareTo(ttl) > 0) {
			throw invalid("jwks.refresh-ahead", refreshAhead,
					"with the connect and read timeouts it must not exceed kinde.m2m.jwks.cache-ttl (" + ttl + ")");
		}
		return new JwksSettings(uri, ttl, refreshAhead, minRefetch, outage, connect, read, maxSize);
	}

	static URI domain(String name, @Nullable URI domain) {
		if (domain == null || domain.toString().isBlank()) {
			throw invalid(name, domain, "the Kinde domain is required, such as https://your-business.kinde.com");
		}
		checkUrl(name, domain);
		if (domain.getRawQuery() != null || domain.getRawFragment() != null || domain.getRawUserInfo() != null) {
			throw invalid(name, domain, "must be a bare origin such as https://your-business.kinde.com");
		}
		String text = domain.toString();
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		return URI.create(text);
	}

	private static void checkUrl(String name, URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw invalid(name, uri, "must be an absolute https URL");
		}
		if (scheme.equals("http") && !isLoopback(uri.getHost())) {
			throw invalid(name, uri, "plain http is allowed only for loopback hosts (localhost, 127.0.0.1, [::1]); use https");
		}
	}

	private static boolean isLoopback(String host) {
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
			return false; // only literal addresses: never resolve a name at start-up
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	static Duration positive(String name, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw invalid(name, value, "must be a positive duration");
		}
		return value;
	}

	private static Duration notNegative(String name, @Nullable Duration value) {
		if (value == null || value.isNegative()) {
			throw invalid(name, value, "must not be negative");
		}
		return value;
	}

	private static int positiveSize(String name, @Nullable DataSize value) {
		if (value == null || value.toBytes() <= 0 || value.toBytes() > Integer.MAX_VALUE) {
			throw invalid(name, value, "must be a positive size below 2GB");
		}
		return (int) value.toBytes();
	}

	static InvalidConfigurationPropertyValueException invalid(String name, @Nullable Object value,
			String reason) {
		return new InvalidConfigurationPropertyValueException(PREFIX + name, value, reason);
	}

}

package io.github.kindem2m.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;

import com.nimbusds.jwt.JWTParser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One client-credentials request to Kinde's token endpoint, through Spring Security's
 * {@link RestClientClientCredentialsTokenResponseClient} with Kinde's {@code audience}
 * parameter added; network errors and 5xx answers are retried with backoff, 4xx answers
 * fail at once with Kinde's error code.
 */
final class TokenEndpoint {

	private static final OAuth2ErrorHttpMessageConverter ERRORS = new OAuth2ErrorHttpMessageConverter();

	private final URI tokenUri;

	private final RestClientClientCredentialsTokenResponseClient client = new RestClientClientCredentialsTokenResponseClient();

	private final int maxAttempts;

	private final Duration initialBackoff;

	TokenEndpoint(URI tokenUri, Duration connectTimeout, Duration readTimeout, int maxAttempts,
			Duration initialBackoff, Function<String, @Nullable KindeClientRegistration> registrations) {
		this.tokenUri = tokenUri;
		this.maxAttempts = maxAttempts;
		this.initialBackoff = initialBackoff;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(connectTimeout).build());
		requests.setReadTimeout(readTimeout);
		this.client.setRestClient(RestClient.builder()
			.requestFactory(requests)
			.configureMessageConverters((converters) -> {
				converters.addCustomConverter(new FormHttpMessageConverter());
				converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
			})
			.defaultStatusHandler(HttpStatusCode::is5xxServerError, (request, response) -> {
				throw new ServerError(response.getStatusCode().value());
			})
			.defaultStatusHandler(HttpStatusCode::is4xxClientError, (request, response) -> {
				throw new Refusal(readError(response));
			})
			.build());
		this.client.addParametersConverter((grant) -> audience(registrations.apply(grant.getClientRegistration().getRegistrationId())));
	}

	private static MultiValueMap<String, String> audience(@Nullable KindeClientRegistration registration) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		if (registration != null) {
			registration.audiences().forEach((audience) -> parameters.add("audience", audience));
		}
		return parameters;
	}

	KindeAccessToken fetch(KindeClientRegistration registration) {
		OAuth2ClientCredentialsGrantRequest grant = new OAuth2ClientCredentialsGrantRequest(clientRegistration(registration));
		Duration backoff = this.initialBackoff;
		RuntimeException last = null;
		for (int attempt = 1; attempt <= this.maxAttempts; attempt++) {
			try {
				return token(registration, this.client.getTokenResponse(grant).getAccessToken());
			}
			catch (Refusal ex) {
				throw refused(registration, ex.error, ex);
			}
			catch (ServerError ex) {
				last = ex;
			}
			catch (OAuth2AuthorizationException ex) {
				if (!(ex.getCause() instanceof ResourceAccessException network)) {
					throw refused(registration, ex.getError(), ex);
				}
				last = network;
			}
			if (attempt < this.maxAttempts) {
				sleep(backoff);
				backoff = backoff.multipliedBy(2);
			}
		}
		throw new KindeTokenException(registration.name(), null, "Kinde's token endpoint failed for registration '"
				+ registration.name() + "' after " + this.maxAttempts + " attempts: " + last.getMessage(), last);
	}

	private static KindeTokenException refused(KindeClientRegistration registration, OAuth2Error error,
			Throwable cause) {
		return new KindeTokenException(registration.name(), error.getErrorCode(), "Kinde refused a token for registration '"
				+ registration.name() + "': " + error.getErrorCode() + describe(error.getDescription()), cause);
	}

	/** Kinde's OAuth error from a 4xx body, or a code naming the status when the body is not one. */
	private static OAuth2Error readError(ClientHttpResponse response) throws IOException {
		try {
			return ERRORS.read(OAuth2Error.class, response);
		}
		catch (HttpMessageNotReadableException | IllegalArgumentException ex) {
			return new OAuth2Error("http_" + response.getStatusCode().value());
		}
	}

	private KindeAccessToken token(KindeClientRegistration registration, OAuth2AccessToken token) {
		String orgCode = orgCode(registration, token.getTokenValue());
		if (registration.orgCode() != null && !registration.orgCode().equals(orgCode)) {
			throw new KindeTokenException(registration.name(), null, "The token for registration '" + registration.name()
					+ "' is for organisation " + orgCode + ", not the configured " + registration.orgCode()
					+ ": check the registration's credentials", null);
		}
		Instant expiresAt = (token.getExpiresAt() != null) ? token.getExpiresAt() : Instant.now().plusSeconds(60);
		return new KindeAccessToken(token.getTokenValue(), expiresAt, new LinkedHashSet<>(token.getScopes()), orgCode);
	}

	/** Reads the token's own org_code (the agent trusts its TLS connection to Kinde, not the token). */
	private static @Nullable String orgCode(KindeClientRegistration registration, String token) {
		try {
			Map<String, Object> claims = JWTParser.parse(token).getJWTClaimsSet().getClaims();
			return (claims.get("org_code") instanceof String org) ? org : null;
		}
		catch (ParseException ex) {
			throw new KindeTokenException(registration.name(), null,
					"Kinde returned a token for registration '" + registration.name() + "' that is not a JWT", ex);
		}
	}

	private ClientRegistration clientRegistration(KindeClientRegistration registration) {
		ClientRegistration.Builder builder = ClientRegistration.withRegistrationId(registration.name())
			.clientId(registration.clientId())
			.clientSecret(registration.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(this.tokenUri.toString());
		if (!registration.scopes().isEmpty()) {
			builder.scope(registration.scopes());
		}
		return builder.build();
	}

	private static String describe(@Nullable String description) {
		return (description != null && !description.isBlank()) ? " (" + description + ")" : "";
	}

	private static void sleep(Duration backoff) {
		try {
			Thread.sleep(backoff.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to retry the token request", ex);
		}
	}

	/** A 4xx answer with Kinde's error: retrying cannot help. */
	private static final class Refusal extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient OAuth2Error error;

		Refusal(OAuth2Error error) {
			super(error.getErrorCode(), null, false, false);
			this.error = error;
		}

	}

	/** A 5xx answer: Kinde had a problem, worth another try. */
	private static final class ServerError extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ServerError(int status) {
			super("HTTP " + status, null, false, false);
		}

	}

}

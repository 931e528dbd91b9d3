package io.github.kindem2m.validation;

import java.text.ParseException;
import java.util.Collection;
import java.util.Map;

import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.SecurityContext;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.Assert;

/**
 * Decodes and verifies Kinde access tokens with Spring Security's
 * {@link NimbusJwtDecoder}, pinned to RS256 and the configured key set.
 *
 * <p>Every failure is a {@link BadJwtException} (so the caller gets a 401, never a 500),
 * whose message says which rule failed without repeating the token. Oversized tokens,
 * encrypted tokens (JWE) and the JSON serialisation are refused before any parsing.
 */
public final class KindeJwtDecoder implements JwtDecoder {

	private final JwtDecoder delegate;

	private final int maxTokenSize;

	private KindeJwtDecoder(JwtDecoder delegate, int maxTokenSize) {
		this.delegate = delegate;
		this.maxTokenSize = maxTokenSize;
	}

	/**
	 * Creates a decoder that takes its keys from a key source.
	 * @param jwkSource the Kinde key set, usually from
	 * {@link io.github.kindem2m.jwks.KindeJwkSources}
	 * @param validator the claim validators, usually from {@link KindeJwtValidators}
	 * @param maxTokenSize the largest token accepted, in bytes
	 * @return the decoder
	 */
	public static KindeJwtDecoder create(JWKSource<SecurityContext> jwkSource, OAuth2TokenValidator<Jwt> validator,
			int maxTokenSize) {
		Assert.isTrue(maxTokenSize > 0, "maxTokenSize must be positive");
		NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSource(jwkSource)
			.jwtProcessorCustomizer((processor) -> {
				processor.setJWSKeySelector(new HeaderPolicyKeySelector(jwkSource));
				processor.setJWSVerifierFactory(new StrictRs256VerifierFactory());
			})
			.build();
		// Keep iss exactly as sent: Spring's default converts it through java.net.URL, which
		// lower-cases the scheme, and Kinde's rule is an exact comparison.
		nimbus.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, (iss) -> iss)));
		nimbus.setJwtValidator(validator);
		return new KindeJwtDecoder(nimbus, maxTokenSize);
	}

	@Override
	public Jwt decode(@Nullable String token) throws JwtException {
		checkShape(token);
		try {
			return this.delegate.decode(token);
		}
		catch (JwtValidationException ex) {
			throw new JwtValidationException(firstDescription(ex.getErrors()), ex.getErrors());
		}
		catch (BadJwtException ex) {
			throw new BadJwtException(describeRefusal(ex), ex);
		}
		catch (JwtException ex) {
			throw new BadJwtException(describeKeyFailure(ex), ex);
		}
	}

	private void checkShape(@Nullable String token) {
		if (token == null || token.isEmpty()) {
			throw new BadJwtException("The token is empty");
		}
		if (token.length() > this.maxTokenSize) {
			throw new BadJwtException("The token is larger than " + this.maxTokenSize + " bytes");
		}
		int dots = 0;
		for (int at = token.indexOf('.'); at >= 0; at = token.indexOf('.', at + 1)) {
			dots++;
		}
		if (dots == 4) {
			throw new BadJwtException("Encrypted tokens (JWE) are not accepted");
		}
		if (dots != 2) {
			throw new BadJwtException("The token is not a signed JWT in compact form (three dot-separated parts)");
		}
	}

	private static String describeRefusal(BadJwtException ex) {
		if (ex.getCause() == null && ex.getMessage() != null && ex.getMessage().startsWith("Unsupported algorithm")) {
			return "Unsigned tokens (alg none) are not accepted";
		}
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof RejectedTokenException rejected) {
				return rejected.getMessage();
			}
			if (cause instanceof BadJWSException) {
				return "The token signature is invalid";
			}
			if (cause instanceof ParseException) {
				return "The token is malformed";
			}
			if (cause instanceof IllegalArgumentException && "expiresAt must be after issuedAt".equals(cause.getMessage())) {
				return "The token's exp claim is not after its iat claim";
			}
			if (cause instanceof BadJOSEException) {
				return "No signing key in the Kinde key set matches the token's key id";
			}
		}
		return "The token could not be decoded";
	}

	private static String describeKeyFailure(JwtException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof RateLimitReachedException) {
				return "No signing key in the Kinde key set matches the token's key id";
			}
			if (cause instanceof JWKSetUnavailableException) {
				return "The Kinde signing keys could not be retrieved";
			}
		}
		return "The token could not be verified";
	}

	private static String firstDescription(Collection<OAuth2Error> errors) {
		for (OAuth2Error error : errors) {
			if (error.getDescription() != null && !error.getDescription().isEmpty()) {
				return error.getDescription();
			}
		}
		return "The token is not valid";
	}

}

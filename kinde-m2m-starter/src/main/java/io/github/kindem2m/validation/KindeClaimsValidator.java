package io.github.kindem2m.validation;

import io.github.kindem2m.token.InvalidKindeClaimException;
import io.github.kindem2m.token.KindeM2mToken;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token whose claims do not have Kinde's shape: no client id, a malformed
 * {@code org_code}, or a {@code scope}, {@code feature_flags} or
 * {@code application_properties} claim of the wrong type.
 */
final class KindeClaimsValidator implements OAuth2TokenValidator<Jwt> {

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		try {
			KindeM2mToken.from(jwt);
			return OAuth2TokenValidatorResult.success();
		}
		catch (InvalidKindeClaimException ex) {
			return OAuth2TokenValidatorResult
				.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, ex.getMessage(), null));
		}
	}

}

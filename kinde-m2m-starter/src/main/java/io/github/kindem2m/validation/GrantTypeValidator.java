package io.github.kindem2m.validation;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Requires a {@code gty} claim whose every value is an accepted grant type, so tokens
 * issued to users are refused unless configured.
 */
final class GrantTypeValidator implements OAuth2TokenValidator<Jwt> {

	private final Set<String> accepted;

	private final OAuth2Error error;

	GrantTypeValidator(Set<String> accepted) {
		this.accepted = Set.copyOf(accepted);
		this.error = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
				"The token's gty claim must only contain accepted grant types " + accepted, null);
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		Object gty = jwt.getClaims().get("gty");
		Collection<?> values = (gty instanceof Collection<?> list) ? list : (gty != null) ? List.of(gty) : List.of();
		if (values.isEmpty() || !this.accepted.containsAll(values)) {
			return OAuth2TokenValidatorResult.failure(this.error);
		}
		return OAuth2TokenValidatorResult.success();
	}

}

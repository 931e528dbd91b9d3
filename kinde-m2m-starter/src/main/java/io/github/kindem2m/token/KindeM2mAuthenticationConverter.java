package io.github.kindem2m.token;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified {@link Jwt} into a {@link KindeM2mAuthentication} with
 * {@code SCOPE_<scope>} authorities.
 */
public final class KindeM2mAuthenticationConverter implements Converter<Jwt, KindeM2mAuthentication> {

	private static final String SCOPE_PREFIX = "SCOPE_";

	@Override
	public KindeM2mAuthentication convert(Jwt jwt) {
		KindeM2mToken token;
		try {
			token = KindeM2mToken.from(jwt);
		}
		catch (InvalidKindeClaimException ex) {
			throw new InvalidBearerTokenException(ex.getMessage(), ex);
		}
		List<GrantedAuthority> authorities = new ArrayList<>(token.scopes().size());
		for (String scope : token.scopes()) {
			authorities.add(new SimpleGrantedAuthority(SCOPE_PREFIX + scope));
		}
		return new KindeM2mAuthentication(jwt, token, authorities);
	}

}

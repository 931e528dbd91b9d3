package io.github.kindem2m.token;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * An authenticated Kinde M2M caller: the verified {@link Jwt} as credentials and the typed
 * {@link KindeM2mToken} as principal. Its name is the client id; its authorities are
 * {@code SCOPE_<scope>} for each granted scope.
 */
public class KindeM2mAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

	private static final long serialVersionUID = 1L;

	private final KindeM2mToken token;

	/**
	 * Creates an authenticated token.
	 * @param jwt the verified token
	 * @param token the typed view of its claims
	 * @param authorities the granted authorities
	 */
	public KindeM2mAuthentication(Jwt jwt, KindeM2mToken token, Collection<? extends GrantedAuthority> authorities) {
		super(jwt, token, jwt, authorities);
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public KindeM2mToken getPrincipal() {
		return this.token;
	}

	@Override
	public Map<String, Object> getTokenAttributes() {
		return getToken().getClaims();
	}

	@Override
	public String getName() {
		return this.token.clientId();
	}

}

package io.github.kindem2m.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.util.Assert;

/**
 * Turns a verified {@link Jwt} into a {@link KindeM2mAuthentication}. By default its
 * authorities are {@code SCOPE_<scope>} for each granted scope; define a bean of this type
 * with your own authorities function to change that:
 *
 * <pre>{@code
 * @Bean
 * KindeM2mAuthenticationConverter kindeM2mAuthenticationConverter() {
 *     return new KindeM2mAuthenticationConverter((token) -> token.flags().bool("admin", false)
 *             ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of());
 * }
 * }</pre>
 */
public final class KindeM2mAuthenticationConverter implements Converter<Jwt, KindeM2mAuthentication> {

	private static final String SCOPE_PREFIX = "SCOPE_";

	private final Function<KindeM2mToken, ? extends Collection<? extends GrantedAuthority>> authorities;

	/**
	 * A converter granting {@code SCOPE_<scope>} authorities.
	 */
	public KindeM2mAuthenticationConverter() {
		this(KindeM2mAuthenticationConverter::scopeAuthorities);
	}

	/**
	 * A converter granting the authorities the function gives for each caller.
	 * @param authorities the caller's authorities
	 */
	public KindeM2mAuthenticationConverter(
			Function<KindeM2mToken, ? extends Collection<? extends GrantedAuthority>> authorities) {
		Assert.notNull(authorities, "authorities must not be null");
		this.authorities = authorities;
	}

	/**
	 * The default authorities: {@code SCOPE_<scope>} for each granted scope.
	 * @param token the caller
	 * @return the authorities
	 */
	public static List<GrantedAuthority> scopeAuthorities(KindeM2mToken token) {
		List<GrantedAuthority> authorities = new ArrayList<>(token.scopes().size());
		for (String scope : token.scopes()) {
			authorities.add(new SimpleGrantedAuthority(SCOPE_PREFIX + scope));
		}
		return authorities;
	}

	@Override
	public KindeM2mAuthentication convert(Jwt jwt) {
		KindeM2mToken token;
		try {
			token = KindeM2mToken.from(jwt);
		}
		catch (InvalidKindeClaimException ex) {
			throw new InvalidBearerTokenException(ex.getMessage(), ex);
		}
		return new KindeM2mAuthentication(jwt, token, this.authorities.apply(token));
	}

}

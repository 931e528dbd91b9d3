package io.github.kindem2m.test;

import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.test.issuer.TokenMinter;
import io.github.kindem2m.token.KindeM2mAuthenticationConverter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Builds the security context of {@link WithKindeM2m} through the application's own
 * decoder and converter.
 */
final class WithKindeM2mSecurityContextFactory implements WithSecurityContextFactory<WithKindeM2m> {

	private final ObjectProvider<LocalKindeIssuer> issuer;

	private final ObjectProvider<JwtDecoder> decoder;

	private final ObjectProvider<KindeM2mAuthenticationConverter> converter;

	@Autowired
	WithKindeM2mSecurityContextFactory(ObjectProvider<LocalKindeIssuer> issuer, ObjectProvider<JwtDecoder> decoder,
			ObjectProvider<KindeM2mAuthenticationConverter> converter) {
		this.issuer = issuer;
		this.decoder = decoder;
		this.converter = converter;
	}

	@Override
	public SecurityContext createSecurityContext(WithKindeM2m caller) {
		LocalKindeIssuer issuer = this.issuer.getIfAvailable();
		JwtDecoder decoder = this.decoder.getIfAvailable();
		if (issuer == null || decoder == null) {
			throw new IllegalStateException("@WithKindeM2m needs a Spring test annotated with @KindeM2mTest, "
					+ "so that the starter's JwtDecoder and a LocalKindeIssuer are in the context");
		}
		TokenMinter minter = issuer.mint().clientId(caller.clientId()).scopes(caller.scopes());
		if (!caller.org().isEmpty()) {
			minter.org(caller.org());
		}
		for (String flag : caller.flags()) {
			String[] pair = pair(flag, "flags");
			minter.flag(pair[0], typed(pair[1]));
		}
		for (String property : caller.properties()) {
			String[] pair = pair(property, "properties");
			minter.property(pair[0], pair[1]);
		}
		KindeM2mAuthenticationConverter converter = this.converter.getIfAvailable(KindeM2mAuthenticationConverter::new);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(converter.convert(decoder.decode(minter.sign())));
		return context;
	}

	private static String[] pair(String entry, String attribute) {
		int equals = entry.indexOf('=');
		if (equals <= 0) {
			throw new IllegalArgumentException("@WithKindeM2m " + attribute + " entries are name=value, not " + entry);
		}
		return new String[] { entry.substring(0, equals), entry.substring(equals + 1) };
	}

	private static Object typed(String value) {
		if (value.equals("true") || value.equals("false")) {
			return Boolean.valueOf(value);
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

}

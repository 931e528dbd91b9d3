package io.github.kindem2m.web;

import java.util.List;

import io.github.kindem2m.authorization.AuthorizationRefusalListener;
import io.github.kindem2m.token.KindeM2mAuthenticationConverter;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.util.function.SingletonSupplier;

/**
 * Applies the Kinde M2M resource-server setup to a {@link HttpSecurity}: the Kinde
 * decoder and principal, the strict bearer token resolver, problem+json 401 and 403
 * responses, no session and no CSRF (a bearer-token API has no cookies to protect).
 *
 * <p>In an application's own filter chain:
 * <pre>{@code
 * http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
 *     .with(KindeM2mHttpConfigurer.kindeM2m(), Customizer.withDefaults());
 * }</pre>
 */
public final class KindeM2mHttpConfigurer extends AbstractHttpConfigurer<KindeM2mHttpConfigurer, HttpSecurity> {

	private KindeM2mHttpConfigurer() {
	}

	/**
	 * The configurer, for {@code http.with(kindeM2m(), withDefaults())}.
	 * @return a new configurer
	 */
	public static KindeM2mHttpConfigurer kindeM2m() {
		return new KindeM2mHttpConfigurer();
	}

	/**
	 * Makes the chain stateless as soon as the configurer is added: the default
	 * configurers choose their session-backed stores when they initialise, before this
	 * configurer's {@link #init(HttpSecurity)} would run.
	 */
	@Override
	public void setBuilder(HttpSecurity http) {
		super.setBuilder(http);
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.csrf((csrf) -> csrf.disable());
	}

	@Override
	public void init(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		JwtDecoder decoder = context.getBean(JwtDecoder.class);
		KindeM2mAuthenticationConverter converter = context.getBean(KindeM2mAuthenticationConverter.class);
		BearerTokenResolver resolver = context.getBeanProvider(BearerTokenResolver.class)
			.getIfAvailable(KindeBearerTokenResolver::new);
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
		SingletonSupplier<List<AuthorizationRefusalListener>> listeners = SingletonSupplier
			.of(() -> context.getBeanProvider(AuthorizationRefusalListener.class).orderedStream().toList());
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(() -> listeners.obtain().iterator());
		http.oauth2ResourceServer((resourceServer) -> resourceServer.bearerTokenResolver(resolver)
			.authenticationEntryPoint(entryPoint)
			.accessDeniedHandler(accessDenied)
			.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(converter)));
		http.exceptionHandling(
				(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
	}

}

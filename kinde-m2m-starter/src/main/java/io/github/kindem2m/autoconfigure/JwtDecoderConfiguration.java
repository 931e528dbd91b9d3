package io.github.kindem2m.autoconfigure;

import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.github.kindem2m.cache.VerifiedTokenCache;
import io.github.kindem2m.jwks.JwksListener;
import io.github.kindem2m.jwks.JwksStatus;
import io.github.kindem2m.jwks.KindeJwkSources;
import io.github.kindem2m.token.KindeM2mAuthenticationConverter;
import io.github.kindem2m.validation.KindeJwtDecoder;
import io.github.kindem2m.validation.KindeJwtValidators;
import io.github.kindem2m.validation.ObservedJwtDecoder;
import io.github.kindem2m.validation.TokenOutcomeListener;
import io.github.kindem2m.web.KindeBearerTokenResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.util.function.SingletonSupplier;


/**
 * The key source, decoder (with the verified-token cache unless it is switched off),
 * principal converter and token resolver. Each backs off when
 * the application defines its own; the application's {@code OAuth2TokenValidator<Jwt>}
 * beans are added to the Kinde rules, never in place of them.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

	private final KindeM2mProperties properties;

	private final KindeM2mSettings settings;

	JwtDecoderConfiguration(KindeM2mProperties properties) {
		this.properties = properties;
		this.settings = KindeM2mSettings.from(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	JWKSource<SecurityContext> kindeJwkSource(ObjectProvider<JwksListener> listeners) {
		// Listeners are looked up at the first event, not now: some of them depend on this source.
		return KindeJwkSources.remote(this.settings.jwks(),
				new JwksListeners(SingletonSupplier.of(() -> listeners.orderedStream().toList())));
	}

	@Bean
	@ConditionalOnMissingBean
	JwksStatus kindeJwksStatus() {
		return new JwksStatus(Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "kinde.m2m.token-cache.enabled", matchIfMissing = true)
	VerifiedTokenCache kindeVerifiedTokenCache() {
		return new VerifiedTokenCache(this.properties.getTokenCache().getMaximumEntries(), this.settings.clockSkew(),
				Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder kindeJwtDecoder(JWKSource<SecurityContext> kindeJwkSource,
			ObjectProvider<OAuth2TokenValidator<Jwt>> validators, ObjectProvider<VerifiedTokenCache> cache,
			ObjectProvider<TokenOutcomeListener> outcomes) {
		List<OAuth2TokenValidator<Jwt>> additional = validators.orderedStream().toList();
		OAuth2TokenValidator<Jwt> validator = KindeJwtValidators.create(this.settings.issuer(),
				this.settings.audiences(), this.settings.clockSkew(), this.settings.grantTypes(), additional);
		JwtDecoder decoder = KindeJwtDecoder.create(kindeJwkSource, validator, this.settings.maxTokenSize());
		VerifiedTokenCache tokens = cache.getIfAvailable();
		JwtDecoder cached = (tokens != null) ? tokens.decorate(decoder) : decoder;
		// Resolved once, at the first token: some listeners are created after this decoder.
		return new ObservedJwtDecoder(cached, SingletonSupplier.of(() -> outcomes.orderedStream().toList()));
	}

	@Bean
	@ConditionalOnMissingBean
	KindeM2mAuthenticationConverter kindeM2mAuthenticationConverter() {
		return new KindeM2mAuthenticationConverter();
	}

	@Bean
	@ConditionalOnMissingBean
	BearerTokenResolver kindeBearerTokenResolver() {
		return new KindeBearerTokenResolver();
	}

}

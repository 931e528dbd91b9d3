package io.github.kindem2m.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.kindem2m.client.KindeClientRegistration;
import io.github.kindem2m.client.KindeM2mTokens;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Auto-configuration of the agent side: a {@link KindeM2mTokens} bean once
 * {@code kinde.m2m.client.registrations} has an entry. Independent of the resource
 * server, so an agent with no API of its own sets only {@code kinde.m2m.client.*}.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient")
@Conditional(KindeM2mClientAutoConfiguration.OnRegistrations.class)
@EnableConfigurationProperties(KindeM2mProperties.class)
public final class KindeM2mClientAutoConfiguration {

	private static final String PREFIX = "kinde.m2m.client.";

	@Bean
	@ConditionalOnMissingBean
	KindeM2mTokens kindeM2mTokens(KindeM2mProperties properties) {
		KindeM2mProperties.Client client = properties.getClient();
		URI domain = KindeM2mSettings.domain("client.domain",
				(client.getDomain() != null) ? client.getDomain() : properties.getDomain());
		if (client.getMaxAttempts() < 1) {
			throw KindeM2mSettings.invalid("client.max-attempts", client.getMaxAttempts(), "must be at least 1");
		}
		KindeM2mTokens.Settings settings = new KindeM2mTokens.Settings(
				KindeM2mSettings.positive("client.connect-timeout", client.getConnectTimeout()),
				KindeM2mSettings.positive("client.read-timeout", client.getReadTimeout()), client.getMaxAttempts(),
				KindeM2mSettings.positive("client.initial-backoff", client.getInitialBackoff()),
				KindeM2mSettings.positive("client.refresh-margin", client.getRefreshMargin()));
		List<KindeClientRegistration> registrations = new ArrayList<>();
		client.getRegistrations().forEach((name, registration) -> registrations.add(registration(name, registration)));
		return new KindeM2mTokens(URI.create(domain + "/oauth2/token"), settings, registrations, Clock.systemUTC());
	}

	private static KindeClientRegistration registration(String name, KindeM2mProperties.Client.Registration properties) {
		String at = "client.registrations." + name + ".";
		if (properties.getClientId() == null || properties.getClientId().isBlank()) {
			throw KindeM2mSettings.invalid(at + "client-id", properties.getClientId(), "the M2M application's client id is required");
		}
		if (properties.getClientSecret() == null || properties.getClientSecret().isBlank()) {
			throw KindeM2mSettings.invalid(at + "client-secret", "(hidden)", "the M2M application's client secret is required");
		}
		if (properties.getAudience().isEmpty() || properties.getAudience().stream().anyMatch(String::isBlank)) {
			throw KindeM2mSettings.invalid(at + "audience", properties.getAudience(), "at least one API audience is required");
		}
		return new KindeClientRegistration(name, properties.getClientId(), properties.getClientSecret(),
				properties.getAudience(), properties.getScopes(), properties.getOrgCode());
	}

	/** Matches when at least one client registration is configured. */
	static final class OnRegistrations extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			boolean any = Binder.get(context.getEnvironment())
				.bind(PREFIX + "registrations", Bindable.mapOf(String.class, Object.class))
				.map(Map::isEmpty)
				.map((empty) -> !empty)
				.orElse(false);
			return any ? ConditionOutcome.match("Kinde client registrations are configured")
					: ConditionOutcome.noMatch("No Kinde client registration is configured");
		}

	}

}

package io.github.kindem2m.autoconfigure;

import java.net.URI;

import io.github.kindem2m.cache.VerifiedTokenCache;
import io.github.kindem2m.client.KindeM2mTokens;
import io.github.kindem2m.jwks.JwksStatus;
import io.github.kindem2m.observability.KindeJwksHealthIndicator;
import io.github.kindem2m.observability.KindeM2mMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Metrics when Micrometer is present, and the key set health indicator when Actuator's
 * health support is. Nothing here is active without them.
 */
@AutoConfiguration(after = { KindeM2mAutoConfiguration.class, KindeM2mClientAutoConfiguration.class },
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
public final class KindeM2mObservabilityAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
	@ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		KindeM2mMetrics kindeM2mMetrics(MeterRegistry registry, KindeM2mProperties properties,
				ObjectProvider<JwksStatus> status, ObjectProvider<VerifiedTokenCache> cache,
				ObjectProvider<KindeM2mTokens> tokens) {
			KindeM2mMetrics metrics = new KindeM2mMetrics(registry, properties.getMetrics().isClientTags());
			status.ifAvailable(metrics::bind);
			cache.ifAvailable(metrics::bind);
			tokens.ifAvailable((agent) -> agent.setTokenRequestListener(metrics));
			return metrics;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
	@ConditionalOnBean(JwksStatus.class)
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "kindeJwksHealthIndicator")
		KindeJwksHealthIndicator kindeJwksHealthIndicator(JwksStatus status, KindeM2mProperties properties) {
			URI domain = properties.getDomain();
			URI jwksUri = (properties.getJwksUri() != null) ? properties.getJwksUri()
					: (domain != null) ? URI.create(domain.toString().replaceAll("/+$", "") + "/.well-known/jwks") : null;
			return new KindeJwksHealthIndicator(status, jwksUri);
		}

	}

}

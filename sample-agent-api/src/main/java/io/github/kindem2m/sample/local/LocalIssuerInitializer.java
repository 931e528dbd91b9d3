package io.github.kindem2m.sample.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.github.kindem2m.test.issuer.LocalClients;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.test.issuer.LocalKindeIssuerApplication;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Local mode: starts an embedded Kinde-compatible issuer with the demo clients of
 * {@code local-clients.yml} and points {@code kinde.m2m.domain} at it, so the API runs
 * with no Kinde account and validates tokens over HTTP exactly as it would against Kinde.
 * Off when {@code sample.local-issuer.enabled=false} (the {@code kinde} profile) or when
 * {@code KINDE_DOMAIN} is set.
 */
public class LocalIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!environment.getProperty("sample.local-issuer.enabled", Boolean.class, true)
				|| environment.containsProperty("KINDE_DOMAIN")) {
			return;
		}
		LocalKindeIssuer.Builder builder = LocalKindeIssuer.builder()
			.port(environment.getProperty("sample.local-issuer.port", Integer.class, 9400))
			.defaultAudience(environment.getRequiredProperty("kinde.m2m.audience"));
		try (InputStream clients = new ClassPathResource("local-clients.yml").getInputStream()) {
			LocalClients.load(clients).forEach(builder::client);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read local-clients.yml", ex);
		}
		LocalKindeIssuer issuer = builder.start();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("localKindeIssuer", Map.of("kinde.m2m.domain", issuer.domain())));
		context.getBeanFactory().registerSingleton("localKindeIssuer", issuer);
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				issuer.close();
			}
		});
		LocalKindeIssuerApplication.printSummary(issuer, System.out);
	}

}

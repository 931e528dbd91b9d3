package io.github.kindem2m.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the Spring test context of a {@link KindeM2mTest} class at its issuer:
 * {@code kinde.m2m.domain} and {@code kinde.m2m.audience} are set, and the issuer is the
 * bean {@code localKindeIssuer}. Registered in {@code META-INF/spring.factories}.
 */
final class KindeM2mContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		KindeM2mTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, KindeM2mTest.class);
		return (annotation != null)
				? new IssuerCustomizer(LocalKindeIssuerExtension.owner(testClass), annotation.audience()) : null;
	}

	/** One context per annotated class, since each class has its own issuer. */
	private record IssuerCustomizer(Class<?> owner, String audience) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			LocalKindeIssuer issuer = LocalKindeIssuerExtension.issuerFor(this.owner);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("kindeM2mTest",
						Map.of("kinde.m2m.domain", issuer.domain(), "kinde.m2m.audience", this.audience)));
			context.getBeanFactory().registerSingleton("localKindeIssuer", issuer);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof IssuerCustomizer that && this.owner == that.owner
					&& Objects.equals(this.audience, that.audience);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.owner, this.audience);
		}

	}

}

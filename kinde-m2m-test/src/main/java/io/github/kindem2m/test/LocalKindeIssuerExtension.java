package io.github.kindem2m.test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts a {@link LocalKindeIssuer} before the tests of a class annotated with
 * {@link KindeM2mTest} and stops it after them; resolves {@code LocalKindeIssuer}
 * parameters. Use it through {@link KindeM2mTest}.
 */
public final class LocalKindeIssuerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final Map<Class<?>, LocalKindeIssuer> RUNNING = new ConcurrentHashMap<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		issuerFor(context.getRequiredTestClass());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Class<?> owner = owner(context.getRequiredTestClass());
		if (owner == context.getRequiredTestClass()) {
			LocalKindeIssuer issuer = RUNNING.remove(owner);
			if (issuer != null) {
				issuer.close();
			}
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == LocalKindeIssuer.class;
	}

	@Override
	public LocalKindeIssuer resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return issuerFor(context.getRequiredTestClass());
	}

	/** The issuer of a test class (or of the class it is nested in), started on first use. */
	static LocalKindeIssuer issuerFor(Class<?> testClass) {
		return RUNNING.computeIfAbsent(owner(testClass), (owner) -> LocalKindeIssuer.builder()
			.defaultAudience(annotation(owner).audience())
			.start());
	}

	/** The class that carries {@link KindeM2mTest}: nested classes share their outer class's issuer. */
	static Class<?> owner(Class<?> testClass) {
		TestContextAnnotationUtils.AnnotationDescriptor<KindeM2mTest> descriptor = TestContextAnnotationUtils
			.findAnnotationDescriptor(testClass, KindeM2mTest.class);
		return (descriptor != null) ? descriptor.getRootDeclaringClass() : testClass;
	}

	private static KindeM2mTest annotation(Class<?> owner) {
		KindeM2mTest annotation = TestContextAnnotationUtils.findMergedAnnotation(owner, KindeM2mTest.class);
		if (annotation == null) {
			throw new IllegalStateException(owner.getName() + " is not annotated with @KindeM2mTest");
		}
		return annotation;
	}

}

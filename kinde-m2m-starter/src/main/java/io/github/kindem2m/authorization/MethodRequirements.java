package io.github.kindem2m.authorization;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.kindem2m.token.KindeM2mToken;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.util.ClassUtils;

/**
 * The checks that {@link RequireOrg}, {@link RequireFlag} and {@link RequireScope} put on
 * one method, from the method and its class: all must hold. Organisation checks come
 * first, then scopes, then flags, so the first refusal reported is the most telling.
 */
final class MethodRequirements {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private final List<Check> checks;

	private MethodRequirements(List<Check> checks) {
		this.checks = checks;
	}

	/**
	 * Reads the requirements of a method.
	 * @throws IllegalStateException when {@code @RequireOrg} names a parameter the method
	 * does not have, or one that is not a string
	 */
	static MethodRequirements of(Method method, Class<?> targetClass) {
		Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
		MergedAnnotations onClass = MergedAnnotations.from(ClassUtils.getUserClass(targetClass),
				SearchStrategy.TYPE_HIERARCHY);
		MergedAnnotations onMethod = MergedAnnotations.from(specific, SearchStrategy.TYPE_HIERARCHY);
		List<Check> checks = new ArrayList<>();
		for (MergedAnnotations source : List.of(onClass, onMethod)) {
			source.stream(RequireOrg.class).forEach((org) -> checks.add(orgCheck(org, specific)));
		}
		for (MergedAnnotations source : List.of(onClass, onMethod)) {
			source.stream(RequireScope.class).forEach((scope) -> {
				List<String> scopes = List.of(scope.getStringArray("value"));
				checks.add((token, args) -> KindeChecks.scopes(token, scopes));
			});
		}
		for (MergedAnnotations source : List.of(onClass, onMethod)) {
			source.stream(RequireFlag.class).forEach((flag) -> {
				String name = flag.getString("value");
				String havingValue = flag.getString("havingValue");
				checks.add((token, args) -> KindeChecks.flag(token, name, havingValue));
			});
		}
		return new MethodRequirements(List.copyOf(checks));
	}

	boolean isEmpty() {
		return this.checks.isEmpty();
	}

	KindeAuthorizationDecision authorize(@Nullable KindeM2mToken token, Object[] arguments) {
		for (Check check : this.checks) {
			KindeAuthorizationDecision decision = check.apply(token, arguments);
			if (!decision.isGranted()) {
				return decision;
			}
		}
		return KindeAuthorizationDecision.granted();
	}

	private static Check orgCheck(MergedAnnotation<RequireOrg> org, Method method) {
		List<String> anyOf = List.of(org.getStringArray("anyOf"));
		if (!anyOf.isEmpty()) {
			return (token, args) -> KindeChecks.orgAnyOf(token, anyOf);
		}
		String param = org.getString("param");
		String[] names = PARAMETER_NAMES.getParameterNames(method);
		int index = (names != null) ? Arrays.asList(names).indexOf(param) : -1;
		String where = "@RequireOrg(param = \"" + param + "\") on " + ClassUtils.getQualifiedMethodName(method);
		if (index < 0) {
			throw new IllegalStateException(where + " names no parameter of that method"
					+ ((names == null) ? " (parameter names are missing: compile with -parameters)" : ""));
		}
		if (!CharSequence.class.isAssignableFrom(method.getParameterTypes()[index])) {
			throw new IllegalStateException(where + " names a parameter that is not a String");
		}
		return (token, args) -> KindeChecks.org(token, args[index]);
	}

	@FunctionalInterface
	private interface Check {

		KindeAuthorizationDecision apply(@Nullable KindeM2mToken token, Object[] arguments);

	}

}

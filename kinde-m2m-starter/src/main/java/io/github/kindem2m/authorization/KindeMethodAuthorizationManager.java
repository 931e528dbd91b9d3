package io.github.kindem2m.authorization;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * Decides calls to methods guarded by the Kinde annotations. Each method's requirements
 * are read once and cached.
 */
final class KindeMethodAuthorizationManager implements AuthorizationManager<MethodInvocation> {

	private final Map<MethodClassKey, MethodRequirements> requirements = new ConcurrentHashMap<>();

	@Override
	public KindeAuthorizationDecision authorize(Supplier<? extends @Nullable Authentication> authentication,
			MethodInvocation invocation) {
		Object target = invocation.getThis();
		Class<?> targetClass = (target != null) ? AopUtils.getTargetClass(target)
				: invocation.getMethod().getDeclaringClass();
		MethodRequirements checks = this.requirements.computeIfAbsent(
				new MethodClassKey(invocation.getMethod(), targetClass),
				(key) -> MethodRequirements.of(invocation.getMethod(), targetClass));
		return checks.authorize(KindeChecks.token(authentication.get()), invocation.getArguments());
	}

}

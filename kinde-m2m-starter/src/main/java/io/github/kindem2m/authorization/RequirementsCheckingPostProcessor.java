package io.github.kindem2m.authorization;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.springframework.aop.Pointcut;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Reads the Kinde annotations of every bean when it is created, so that a
 * {@code @RequireOrg} naming a parameter its method does not have stops the application at
 * start-up rather than refusing callers later.
 */
public final class RequirementsCheckingPostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		Class<?> type = AopProxyUtils.ultimateTargetClass(bean);
		if (!AnnotationUtils.isCandidateClass(type, KindeMethodSecurity.ANNOTATIONS)) {
			return bean;
		}
		Pointcut pointcut = KindeMethodSecurity.pointcut();
		if (!pointcut.getClassFilter().matches(type)) {
			return bean;
		}
		for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
			if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
					&& method.getDeclaringClass() != Object.class
					&& pointcut.getMethodMatcher().matches(method, type)) {
				try {
					MethodRequirements.of(method, type);
				}
				catch (IllegalStateException ex) {
					throw new BeanInitializationException(ex.getMessage() + " (bean '" + beanName + "')", ex);
				}
			}
		}
		return bean;
	}

}

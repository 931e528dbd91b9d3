package io.github.kindem2m.authorization;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.StaticMethodMatcher;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;

/**
 * Method security for {@link RequireOrg}, {@link RequireFlag} and {@link RequireScope},
 * on Spring Security's {@link AuthorizationManagerBeforeMethodInterceptor}. It runs just
 * before {@code @PreAuthorize}, so both compose on the same method.
 */
public final class KindeMethodSecurity {

	static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(RequireOrg.class, RequireFlag.class,
			RequireFlags.class, RequireScope.class);

	private static final Pointcut POINTCUT = buildPointcut();

	private KindeMethodSecurity() {
	}

	/**
	 * The method interceptor; the auto-configuration registers it.
	 * @return a new interceptor
	 */
	public static AuthorizationManagerBeforeMethodInterceptor interceptor() {
		AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
				pointcut(), new KindeMethodAuthorizationManager());
		interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder() - 50);
		return interceptor;
	}

	static Pointcut pointcut() {
		return POINTCUT;
	}

	private static Pointcut buildPointcut() {
		ComposablePointcut pointcut = null;
		for (Class<? extends Annotation> annotation : ANNOTATIONS) {
			Pointcut onClass = new ComposablePointcut(new AnnotationMatchingPointcut(annotation, true))
				.intersection(NotObjectMethod.INSTANCE);
			Pointcut onMethod = new AnnotationMatchingPointcut(null, annotation, true);
			pointcut = (pointcut != null) ? pointcut.union(onClass).union(onMethod)
					: new ComposablePointcut(onClass).union(onMethod);
		}
		return pointcut;
	}

	/** Class-level annotations guard the class's own methods, not toString or equals. */
	private static final class NotObjectMethod extends StaticMethodMatcher {

		static final NotObjectMethod INSTANCE = new NotObjectMethod();

		@Override
		public boolean matches(Method method, Class<?> targetClass) {
			return method.getDeclaringClass() != Object.class;
		}

	}

}

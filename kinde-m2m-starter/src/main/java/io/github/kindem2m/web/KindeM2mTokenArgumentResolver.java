package io.github.kindem2m.web;

import io.github.kindem2m.token.KindeM2mAuthentication;
import io.github.kindem2m.token.KindeM2mToken;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a plain {@link KindeM2mToken} controller parameter to the caller. A request
 * that was not authenticated with a Kinde token is refused with 401.
 */
public final class KindeM2mTokenArgumentResolver implements HandlerMethodArgumentResolver {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return KindeM2mToken.class.equals(parameter.getParameterType());
	}

	@Override
	public KindeM2mToken resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication instanceof KindeM2mAuthentication kinde) {
			return kinde.getPrincipal();
		}
		throw new AuthenticationCredentialsNotFoundException("A Kinde M2M bearer token is required");
	}

}

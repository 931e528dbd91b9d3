package io.github.kindem2m.authorization;

import org.jspecify.annotations.Nullable;

/**
 * Told about every 403 the starter answers; the metrics use it. Beans of this type are
 * picked up by the starter's filter chain setup.
 */
public interface AuthorizationRefusalListener {

	/**
	 * A caller was refused.
	 * @param refusal the Kinde check that refused, or {@code null} for a rule of the
	 * application's own ({@code @PreAuthorize}, URL rules)
	 */
	void refused(@Nullable Refusal refusal);

}

package io.github.kindem2m.sample.tools;

import java.util.List;

import io.github.kindem2m.authorization.RequireFlag;
import io.github.kindem2m.authorization.RequireOrg;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tools an agent may call, released to organisations with the {@code beta-tools} flag.
 */
@RestController
class ToolsController {

	/**
	 * A tool the agent can use.
	 *
	 * @param name the tool name
	 * @param description what it does
	 */
	record Tool(String name, String description) {
	}

	@GetMapping("/api/orgs/{orgCode}/tools")
	@RequireOrg
	@RequireFlag("beta-tools")
	public List<Tool> tools(@PathVariable String orgCode) {
		return List.of(new Tool("search-articles", "Full-text search over this organisation's knowledge base"),
				new Tool("open-ticket", "Open a support ticket for a human agent"));
	}

}

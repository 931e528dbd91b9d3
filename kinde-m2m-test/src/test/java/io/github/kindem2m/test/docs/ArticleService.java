package io.github.kindem2m.test.docs;

import java.util.List;

import io.github.kindem2m.authorization.RequireOrg;
import io.github.kindem2m.authorization.RequireScope;

import org.springframework.stereotype.Service;

@Service
public class ArticleService {

	@RequireOrg
	@RequireScope("kb:read")
	public List<String> list(String orgCode) {
		return List.of(orgCode + ": welcome");
	}

}

package org.accord.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Loads the backend's defaults at the lowest precedence, so any application setting wins. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:accord-defaults.properties")
class BackendDefaults {
}

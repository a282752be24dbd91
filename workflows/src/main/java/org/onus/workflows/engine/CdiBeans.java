package org.onus.workflows.engine;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets process models name CDI beans, as in {@code camunda:delegateExpression="${notifyImporter}"}:
 * the engine's expression language looks names up in this map, which asks the bean manager.
 * Delegates should be {@code @Named} and {@code @ApplicationScoped} (or stateless session beans):
 * each lookup of a dependent bean would create a new instance.
 */
final class CdiBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;

    CdiBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && !beanManager.getBeans(name).isEmpty();
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        Set<Bean<?>> candidates = beanManager.getBeans(name);
        if (candidates.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(candidates);
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        return beanManager.getReference(bean, bean.getBeanClass(), context);
    }

    /** Beans are looked up by name only; the engine never enumerates them. */
    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}

package org.onus.core.persistence;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * A JSON and XML format mapper for Hibernate tests of entities without such columns: set as
 * {@code hibernate.type.json_format_mapper}, it keeps Hibernate from looking for the JSON-B
 * provider WildFly would supply.
 */
public final class NoJsonFormat implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw new UnsupportedOperationException();
    }
}

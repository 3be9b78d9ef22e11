package org.accord.shared.db;

import org.accord.shared.TextInput;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Every text column is bound through {@link TextInput#clean}: a NUL typed or pasted into any field would otherwise
 * make PostgreSQL refuse the whole transaction (a 500 instead of a save). Registered through
 * {@code META-INF/services/org.hibernate.boot.model.TypeContributor}, after the dialect's types.
 */
public final class CleanTextContributor implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        contributions.contributeJdbcType(CleanVarchar.INSTANCE);
    }

    static final class CleanVarchar extends VarcharJdbcType {
        static final CleanVarchar INSTANCE = new CleanVarchar();

        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return new BasicBinder<>(javaType, this) {
                @Override
                protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
                        throws SQLException {
                    st.setString(index, TextInput.clean(javaType.unwrap(value, String.class, options)));
                }

                @Override
                protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
                        throws SQLException {
                    st.setString(name, TextInput.clean(javaType.unwrap(value, String.class, options)));
                }
            };
        }
    }
}

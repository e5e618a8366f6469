package org.nj12320.bulletin.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * How the templates see the views, which are records: each public method without parameters that
 * returns something (a record's components, and such methods as {@code kind()}) is a key of the record's hash,
 * {@code section.kind}, and may be called, {@code period.label()}, as FreeMarker's own wrapper shows a record.
 * Lists, maps, strings, numbers and booleans are wrapped as FreeMarker wraps them.
 *
 * <p>FreeMarker's wrapper learns a class through the JDK's bean introspection and filters it by a policy read
 * from a list of several thousand rules; in a fresh process the two took a twentieth of a build, for the
 * dozen record types a page shows. Here a record type's methods are listed once, from its class. Any other kind
 * of object (a date's {@code year}) is wrapped as FreeMarker's own wrapper wraps it.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    /** The methods each record type shows, by name; made once per type. */
    private final ClassValue<Map<String, Method>> shown = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> out = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0
                        && m.getReturnType() != void.class
                        && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() != Object.class
                        && !m.getName().equals("hashCode")
                        && !m.getName().equals("toString")) {
                    // a record that is not public (one of this package's) is called all the same
                    if (!Modifier.isPublic(type.getModifiers())) {
                        m.trySetAccessible();
                    }
                    out.put(m.getName(), m);
                }
            }
            return out;
        }
    };

    RecordWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    /** A record as this wrapper shows it; anything else as FreeMarker's own wrapper does. */
    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record r) {
            return new RecordModel(r, shown.get(r.getClass()), this);
        }
        return super.handleUnknownType(obj);
    }

    /** A record as a hash of what its methods return. */
    private static final class RecordModel
            implements MethodCallAwareTemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {
        private final Record record;
        private final Map<String, Method> methods;
        private final ObjectWrapper wrapper;

        RecordModel(Record record, Map<String, Method> methods, ObjectWrapper wrapper) {
            this.record = record;
            this.methods = methods;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method m = methods.get(key);
            return m == null ? null : wrapper.wrap(call(m));
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) {
            Method m = methods.get(key);
            if (m == null) {
                return null;
            }
            return (TemplateMethodModelEx) (List args) -> {
                if (!args.isEmpty()) {
                    throw new TemplateModelException(key + "() takes no arguments");
                }
                return wrapper.wrap(call(m));
            };
        }

        private Object call(Method m) throws TemplateModelException {
            try {
                return m.invoke(record);
            } catch (InvocationTargetException e) {
                throw new TemplateModelException(m.getName() + "() failed", e.getCause());
            } catch (IllegalAccessException e) {
                throw new TemplateModelException(m.getName() + "() cannot be called", e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}

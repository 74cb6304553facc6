"""Curso de demostración «Comunicación de riesgos para periodistas y comunicadores» (datos, sin código)."""

COURSE = {
    "title": "Comunicación de riesgos para periodistas y comunicadores",
    "slug": "comunicacion-de-riesgos",
    "summary": (
        "Conceptos de riesgo y el Marco de Sendai, cómo informar antes, durante y después de "
        "una emergencia, fuentes oficiales, verificación, alertas tempranas y ética en la "
        "cobertura de desastres."
    ),
    "description": (
        "<p>Este curso ofrece a periodistas y comunicadores de las ciudades de la red "
        "herramientas para informar con precisión y responsabilidad sobre riesgos y "
        "desastres, desde la prevención hasta la reconstrucción.</p><p>Recorre cuatro "
        "ejes:</p><ul><li><strong>Conceptos y marco internacional:</strong> amenaza, "
        "exposición, vulnerabilidad, capacidad, riesgo y desastre según la terminología de "
        "las Naciones Unidas, y el Marco de Sendai para la Reducción del Riesgo de "
        "Desastres 2015-2030.</li><li><strong>Antes, durante y después:</strong> qué y cómo "
        "comunicar en cada etapa de una emergencia.</li><li><strong>Fuentes, verificación y "
        "alertas:</strong> con quién hablar, cómo verificar contenidos que circulan en "
        "redes y cómo transmitir alertas oficiales sin alarmismo.</li><li><strong>Ética y "
        "autocuidado:</strong> dignidad de las personas afectadas, manejo de cifras y "
        "lenguaje, y cuidado de la propia salud mental.</li></ul><p>Cada módulo termina con "
        "un cuestionario. Los casos que se presentan son <em>ilustrativos</em>: describen "
        "situaciones genéricas y no corresponden a hechos reales.</p>"
    ),
    "audience": "journalists",
    "programme": "risk_communication",
    "language": "es",
    "estimated_hours": 8,
    "tags": [
        "gestión del riesgo",
        "periodismo",
        "marco de sendai",
        "alerta temprana",
        "verificación",
        "ética periodística",
    ],
    "modules": [
        {
            "title": "Riesgo, desastre y el Marco de Sendai",
            "slug": "riesgo-y-marco-de-sendai",
            "summary": (
                "Los conceptos básicos de la terminología de las Naciones Unidas sobre "
                "reducción del riesgo de desastres y el acuerdo internacional que orienta esas "
                "políticas hasta 2030."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "Amenaza, exposición, vulnerabilidad y capacidad",
                    "slug": "amenaza-exposicion-vulnerabilidad-capacidad",
                    "estimated_minutes": 20,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Cuando una nota dice que “el río causó la tragedia”, "
                                "simplifica algo más complejo. El mismo fenómeno puede pasar casi "
                                "inadvertido en un lugar y provocar pérdidas enormes en otro. "
                                "Para explicar esa diferencia, el periodismo necesita un "
                                "vocabulario preciso.</p><p>En este curso usamos la terminología "
                                "sobre reducción del riesgo de desastres acordada en 2016 por un "
                                "grupo de trabajo intergubernamental de expertos y respaldada por "
                                "la Asamblea General de las Naciones Unidas. La difunde la "
                                "Oficina de las Naciones Unidas para la Reducción del Riesgo de "
                                "Desastres (UNDRR, antes conocida como UNISDR). Las definiciones "
                                "de esta lección son <em>síntesis</em>: si necesitas citarlas "
                                "textualmente, consulta el documento oficial.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Amenaza: el fenómeno que puede causar daño"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Una <strong>amenaza</strong> es un proceso, fenómeno o "
                                "actividad humana que puede ocasionar muertes, lesiones u otros "
                                "efectos en la salud, daños a los bienes, disrupciones sociales y "
                                "económicas o daños ambientales. Según su origen, la terminología "
                                "de UNDRR distingue amenazas naturales (geológicas, "
                                "hidrometeorológicas, biológicas), antrópicas o de origen humano "
                                "(por ejemplo, tecnológicas) y socionaturales, en las que la "
                                "actividad humana aumenta la probabilidad de un fenómeno, como "
                                "ocurre con algunos deslizamientos o inundaciones asociados a la "
                                "deforestación o a la ocupación de cauces.</p><p>Ejemplos "
                                "habituales en ciudades sudamericanas: sismos, crecidas de ríos, "
                                "lluvias intensas, deslizamientos, sequías, olas de calor, "
                                "incendios forestales, erupciones volcánicas o un derrame químico "
                                "en una zona industrial. En la normativa de algunos países se usa "
                                "la palabra <em>peligro</em> como equivalente de amenaza.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Exposición, vulnerabilidad y capacidad"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La <strong>exposición</strong> es la situación en que se "
                                "encuentran las personas, la infraestructura, las viviendas, las "
                                "capacidades de producción y otros bienes ubicados en zonas "
                                "propensas a amenazas. Se puede describir, por ejemplo, por la "
                                "cantidad de personas o el tipo de bienes que hay en una "
                                "zona.</p><p>La <strong>vulnerabilidad</strong> son las "
                                "condiciones, determinadas por factores o procesos físicos, "
                                "sociales, económicos y ambientales, que aumentan la "
                                "susceptibilidad de una persona, una comunidad, los bienes o los "
                                "sistemas a los efectos de las amenazas. Una vivienda precaria, "
                                "la falta de ingresos, el aislamiento de una persona mayor o la "
                                "falta de acceso a la información son factores de "
                                "vulnerabilidad.</p><p>La <strong>capacidad</strong> es la "
                                "combinación de fortalezas, atributos y recursos disponibles en "
                                "una organización, comunidad o sociedad para gestionar y reducir "
                                "los riesgos de desastres y reforzar la resiliencia. Incluye "
                                "infraestructura, instituciones, conocimientos y habilidades, y "
                                "también relaciones sociales, liderazgo y organización "
                                "comunitaria.</p>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Concepto",
                                        "Pregunta que ayuda a reportear",
                                        "Ejemplo en una ciudad ribereña",
                                    ],
                                    [
                                        "Amenaza",
                                        "¿Qué fenómeno podría ocurrir, dónde y con qué intensidad?",
                                        "Una crecida del río después de lluvias intensas en la cuenca alta",
                                    ],
                                    [
                                        "Exposición",
                                        "¿Quiénes y qué están en la zona que podría verse afectada?",
                                        (
                                            "Barrios construidos en la planicie de inundación, una escuela "
                                            "y un centro de salud junto a la ribera"
                                        ),
                                    ],
                                    [
                                        "Vulnerabilidad",
                                        "¿Por qué esas personas o bienes sufrirían más daño que otros?",
                                        (
                                            "Viviendas precarias, hogares sin medios para evacuar, "
                                            "personas mayores que viven solas"
                                        ),
                                    ],
                                    [
                                        "Capacidad",
                                        "¿Con qué cuentan para anticiparse, resistir y recuperarse?",
                                        (
                                            "Comités barriales entrenados, rutas de evacuación "
                                            "señalizadas, albergues previstos"
                                        ),
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": False,
                                "table_caption": (
                                    "Cuatro conceptos y las preguntas periodísticas que "
                                    "abren (ejemplo ilustrativo)"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "La amenaza no es el riesgo",
                                "text": (
                                    "<p>Un sismo de la misma magnitud puede ser casi inofensivo en "
                                    "una zona despoblada y devastador en una ciudad con "
                                    "edificaciones que no cumplen normas sismorresistentes. Por "
                                    "eso la pregunta periodística no es solo “¿qué pasó?”, sino "
                                    "también “¿por qué afectó a estas personas y no a otras?”.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Amenaza",
                                "definition": (
                                    "<p>Proceso, fenómeno o actividad humana que puede "
                                    "ocasionar muertes, lesiones u otros efectos en la "
                                    "salud, daños a los bienes, disrupciones sociales y "
                                    "económicas o daños ambientales (síntesis de la "
                                    "terminología de UNDRR).</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Exposición",
                                "definition": (
                                    "<p>Situación de las personas, la infraestructura, las "
                                    "viviendas, las capacidades de producción y otros bienes "
                                    "ubicados en zonas propensas a amenazas.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Vulnerabilidad",
                                "definition": (
                                    "<p>Condiciones determinadas por factores o procesos "
                                    "físicos, sociales, económicos y ambientales que "
                                    "aumentan la susceptibilidad de una persona, una "
                                    "comunidad, los bienes o los sistemas a los efectos de "
                                    "las amenazas.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Riesgo, desastre y gestión del riesgo",
                    "slug": "riesgo-desastre-y-gestion",
                    "estimated_minutes": 20,
                    "body": [
                        {"type": "heading", "value": "Del fenómeno al riesgo"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>El <strong>riesgo de desastres</strong> es la posibilidad de "
                                "que se produzcan muertes, lesiones o destrucción y daños en "
                                "bienes en un sistema, una sociedad o una comunidad en un período "
                                "determinado. La terminología de UNDRR señala que se determina de "
                                "forma probabilística como una función de la amenaza, la "
                                "exposición, la vulnerabilidad y la capacidad.</p><p>En "
                                "capacitación suele resumirse así: <strong>el riesgo es función "
                                "de la amenaza, la exposición y la vulnerabilidad</strong>, y las "
                                "capacidades lo reducen. No es una ecuación para hacer cálculos "
                                "en una nota, sino una forma de razonar: si disminuye cualquiera "
                                "de esos factores, o si aumentan las capacidades, el riesgo "
                                "disminuye. Casi nunca se puede evitar un sismo o una lluvia "
                                "intensa, pero sí se puede decidir dónde y cómo se construye, "
                                "quién queda expuesto y qué tan preparada está la población.</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un <strong>desastre</strong> es una disrupción grave del "
                                "funcionamiento de una comunidad o sociedad, a cualquier escala, "
                                "debida a fenómenos peligrosos que interactúan con las "
                                "condiciones de exposición, vulnerabilidad y capacidad, y que "
                                "ocasiona pérdidas e impactos humanos, materiales, económicos o "
                                "ambientales. Sus efectos pueden poner a prueba o superar la "
                                "capacidad de la comunidad para hacerles frente con sus propios "
                                "recursos, y por eso a veces requiere ayuda externa.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Los desastres no son naturales",
                                "text": (
                                    "<p>Las amenazas pueden ser naturales; los desastres no lo "
                                    "son. Resultan de la interacción entre un fenómeno y "
                                    "condiciones sociales construidas: dónde se vive, cómo se "
                                    "construye, quién tiene recursos para protegerse. Por eso "
                                    "UNDRR y numerosos especialistas desaconsejan la expresión "
                                    "“desastre natural”. En tus notas, prefiere fórmulas como "
                                    "“desastre desencadenado por un sismo” o “desastre asociado a "
                                    "lluvias intensas”.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "Gestión del riesgo: prospectiva, correctiva y reactiva",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La <strong>gestión del riesgo de desastres</strong> es la "
                                "aplicación de políticas y estrategias de reducción del riesgo "
                                "para prevenir nuevos riesgos, reducir los existentes y gestionar "
                                "el riesgo residual. En la normativa y la práctica de varios "
                                "países de la región se distinguen tres "
                                "componentes:</p><ul><li><strong>Gestión prospectiva:</strong> "
                                "evita que se generen nuevos riesgos. Ejemplos: ordenamiento "
                                "territorial que no habilita urbanizaciones en zonas inundables, "
                                "normas de construcción, análisis de riesgo en los proyectos de "
                                "inversión pública.</li><li><strong>Gestión correctiva:</strong> "
                                "reduce los riesgos que ya existen. Ejemplos: reforzar un puente "
                                "o una escuela, obras de drenaje, reasentamiento concertado de "
                                "familias que viven en zonas de alto riesgo que no puede "
                                "mitigarse.</li><li><strong>Gestión reactiva:</strong> prepara y "
                                "ejecuta la respuesta ante emergencias y desastres. Ejemplos: "
                                "planes de contingencia, sistemas de alerta, simulacros, atención "
                                "de la emergencia y rehabilitación de servicios.</li></ul><p>La "
                                "terminología de UNDRR menciona además la gestión "
                                "<em>compensatoria</em>, orientada al riesgo residual que no "
                                "puede reducirse de manera eficaz: combina preparación, respuesta "
                                "y recuperación con instrumentos financieros como fondos de "
                                "contingencia, seguros y redes de protección social.</p>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    ["Componente", "Objetivo", "Qué puede investigar el periodismo"],
                                    [
                                        "Prospectiva",
                                        "Evitar nuevos riesgos",
                                        (
                                            "¿Se aprueban loteos o edificios en zonas de amenaza? ¿Se "
                                            "exigen estudios de riesgo en las obras públicas?"
                                        ),
                                    ],
                                    [
                                        "Correctiva",
                                        "Reducir los riesgos existentes",
                                        (
                                            "¿Avanzan las obras de mitigación comprometidas? ¿Con qué "
                                            "presupuesto y en qué plazos?"
                                        ),
                                    ],
                                    [
                                        "Reactiva",
                                        "Prepararse y responder",
                                        (
                                            "¿Hay planes de contingencia actualizados? ¿Se hacen "
                                            "simulacros? ¿Las alertas llegan a quien las necesita?"
                                        ),
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Los componentes de la gestión del riesgo como agenda periodística"
                                ),
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: dos barrios, una misma lluvia",
                                "context": (
                                    "<p>En una ciudad ficticia, una noche de lluvias intensas "
                                    "afecta a dos barrios separados por pocos kilómetros. En el "
                                    "primero, levantado en una ladera sin obras de drenaje y "
                                    "con viviendas autoconstruidas, se producen deslizamientos "
                                    "y varias familias pierden sus casas. En el segundo, que "
                                    "cuenta con canales de desagüe y un comité vecinal que "
                                    "recibió y difundió el aviso meteorológico, hay calles "
                                    "anegadas pero no se registran heridos.</p>"
                                ),
                                "analysis": (
                                    "<p>La amenaza, la lluvia, fue similar en ambos barrios. "
                                    "La diferencia estuvo en la exposición, la vulnerabilidad "
                                    "y las capacidades. Una cobertura que solo hable de “la "
                                    "furia del temporal” deja fuera las decisiones que "
                                    "explican el contraste: permisos de construcción, "
                                    "inversión en drenaje, acceso a la vivienda, organización "
                                    "comunitaria. Explicar esas causas no significa culpar a "
                                    "las familias afectadas, sino mostrar qué se puede "
                                    "cambiar.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué fuentes consultarías para explicar la "
                                    "diferencia entre los dos barrios?</li><li>¿Qué "
                                    "documentos públicos podrías solicitar (planes de "
                                    "ordenamiento, mapas de amenaza, presupuestos de "
                                    "obras)?</li><li>¿Cómo titularías la nota sin "
                                    "responsabilizar a quienes perdieron su "
                                    "vivienda?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Riesgo de desastres",
                                "definition": (
                                    "<p>Posibilidad de que se produzcan muertes, lesiones o "
                                    "destrucción y daños en bienes en un sistema, una "
                                    "sociedad o una comunidad en un período determinado; se "
                                    "estima como función de la amenaza, la exposición, la "
                                    "vulnerabilidad y la capacidad.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Desastre",
                                "definition": (
                                    "<p>Disrupción grave del funcionamiento de una comunidad "
                                    "o sociedad debida a fenómenos peligrosos que "
                                    "interactúan con condiciones de exposición, "
                                    "vulnerabilidad y capacidad, y que ocasiona pérdidas e "
                                    "impactos humanos, materiales, económicos o "
                                    "ambientales.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "El Marco de Sendai para la Reducción del Riesgo de Desastres 2015-2030",
                    "slug": "marco-de-sendai",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>El <strong>Marco de Sendai para la Reducción del Riesgo de "
                                "Desastres 2015-2030</strong> fue adoptado en marzo de 2015 en la "
                                "Tercera Conferencia Mundial de las Naciones Unidas sobre la "
                                "Reducción del Riesgo de Desastres, celebrada en Sendai (Japón), "
                                "y luego respaldado por la Asamblea General de las Naciones "
                                "Unidas. Sucedió al Marco de Acción de Hyogo "
                                "(2005-2015).</p><p>Es un acuerdo voluntario y no vinculante. "
                                "Reconoce que el Estado tiene la función principal de reducir el "
                                "riesgo de desastres, pero que esa responsabilidad debe "
                                "compartirse con otros actores, como los gobiernos locales, el "
                                "sector privado y la sociedad civil. Su cambio de enfoque más "
                                "citado es pasar de gestionar los desastres a <strong>gestionar "
                                "el riesgo</strong>. Los países informan sus avances a través de "
                                "un sistema de seguimiento en línea, el Monitor del Marco de "
                                "Sendai.</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>El resultado que el Marco busca lograr, en síntesis, es la "
                                "reducción sustancial del riesgo de desastres y de las pérdidas "
                                "que ocasionan, tanto en vidas, medios de subsistencia y salud "
                                "como en bienes económicos, físicos, sociales, culturales y "
                                "ambientales de las personas, las empresas, las comunidades y los "
                                "países.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Las cuatro prioridades de acción"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><strong>Prioridad 1:</strong> Comprender el riesgo de "
                                "desastres.</li><li><strong>Prioridad 2:</strong> Fortalecer la "
                                "gobernanza del riesgo de desastres para gestionar dicho "
                                "riesgo.</li><li><strong>Prioridad 3:</strong> Invertir en la "
                                "reducción del riesgo de desastres para la "
                                "resiliencia.</li><li><strong>Prioridad 4:</strong> Aumentar la "
                                "preparación para casos de desastre a fin de dar una respuesta "
                                "eficaz y “reconstruir mejor” en los ámbitos de la recuperación, "
                                "la rehabilitación y la reconstrucción.</li></ol><p>El periodismo "
                                "tiene un papel en todas ellas, pero en especial en la primera, "
                                "porque contribuye a que la población y las autoridades "
                                "comprendan el riesgo, y en la cuarta, porque la información "
                                "oportuna forma parte de la preparación y la respuesta.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Las siete metas mundiales"},
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    ["Meta", "Contenido (síntesis)", "Plazo y referencia"],
                                    [
                                        "a",
                                        (
                                            "Reducir considerablemente la mortalidad mundial causada por "
                                            "desastres"
                                        ),
                                        (
                                            "Para 2030; tasa por cada 100.000 personas en 2020-2030, "
                                            "comparada con 2005-2015"
                                        ),
                                    ],
                                    [
                                        "b",
                                        (
                                            "Reducir considerablemente el número de personas afectadas por "
                                            "desastres a nivel mundial"
                                        ),
                                        (
                                            "Para 2030; promedio por cada 100.000 personas en 2020-2030, "
                                            "comparado con 2005-2015"
                                        ),
                                    ],
                                    [
                                        "c",
                                        (
                                            "Reducir las pérdidas económicas causadas directamente por los "
                                            "desastres en relación con el producto interno bruto (PIB) "
                                            "mundial"
                                        ),
                                        "Para 2030",
                                    ],
                                    [
                                        "d",
                                        (
                                            "Reducir considerablemente los daños causados por los "
                                            "desastres en las infraestructuras vitales y la interrupción "
                                            "de los servicios básicos, como las instalaciones de salud y "
                                            "educativas, incluso desarrollando su resiliencia"
                                        ),
                                        "Para 2030",
                                    ],
                                    [
                                        "e",
                                        (
                                            "Incrementar considerablemente el número de países que cuentan "
                                            "con estrategias de reducción del riesgo de desastres a nivel "
                                            "nacional y local"
                                        ),
                                        "Para 2020",
                                    ],
                                    [
                                        "f",
                                        (
                                            "Mejorar considerablemente la cooperación internacional para "
                                            "los países en desarrollo mediante un apoyo adecuado y "
                                            "sostenible que complemente sus medidas nacionales"
                                        ),
                                        "Para 2030",
                                    ],
                                    [
                                        "g",
                                        (
                                            "Incrementar considerablemente la disponibilidad de sistemas "
                                            "de alerta temprana sobre amenazas múltiples y de la "
                                            "información y las evaluaciones sobre el riesgo de desastres, "
                                            "y el acceso de las personas a ellos"
                                        ),
                                        "Para 2030",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": "Metas mundiales del Marco de Sendai (a-g)",
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "example",
                                "title": "Cómo usar Sendai en una nota",
                                "text": (
                                    "<p>Si tu ciudad presenta su estrategia local de reducción del "
                                    "riesgo, puedes relacionarla con la meta e). Si se inaugura un "
                                    "sistema de alerta temprana, con la meta g). Si una crecida "
                                    "deja sin clases a una escuela durante semanas, con la meta "
                                    "d). Pregunta a las autoridades qué indicadores reportan, con "
                                    "qué datos y desde cuándo.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "No afirmes incumplimientos sin datos",
                                "text": (
                                    "<p>Las metas de Sendai son mundiales y no fijan obligaciones "
                                    "cuantificadas para cada país. Evita titulares como “el país "
                                    "incumple Sendai” si no tienes datos oficiales o estudios "
                                    "verificables que lo respalden; en su lugar, informa qué "
                                    "reporta el país y qué falta por medir.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><strong>Los medios en el propio Marco.</strong> En el "
                                "apartado dedicado a la función de los actores pertinentes, el "
                                "Marco de Sendai pide a los medios de comunicación, en síntesis, "
                                "asumir un papel activo e inclusivo para sensibilizar al público "
                                "y difundir información precisa sobre riesgos, amenazas y "
                                "desastres de manera sencilla, transparente y accesible, en "
                                "cooperación con las autoridades y con las comunidades científica "
                                "y académica; apoyar los sistemas de alerta temprana y estimular "
                                "una cultura de prevención.</p>"
                            ),
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Reconstruir mejor",
                                "definition": (
                                    "<p>Uso de las etapas de recuperación, rehabilitación y "
                                    "reconstrucción después de un desastre para aumentar la "
                                    "resiliencia de las comunidades, integrando medidas de "
                                    "reducción del riesgo en la restauración de la "
                                    "infraestructura, los sistemas sociales, los medios de "
                                    "vida, la economía y el ambiente.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Cuestionario: riesgo, desastre y Marco de Sendai",
                    "slug": "cuestionario-riesgo-y-sendai",
                    "intro": (
                        "<p>Ocho preguntas sobre los conceptos de riesgo y el Marco de Sendai. "
                        "Necesitas el 70 % para aprobar y puedes revisar las lecciones antes de "
                        "responder.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>Según la terminología de UNDRR, ¿cuál de estos elementos "
                                    "es una <strong>amenaza</strong>?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>La amenaza es el fenómeno o proceso que puede causar "
                                    "daño. Los barrios en la planicie de inundación son "
                                    "exposición; la falta de ingresos es vulnerabilidad; el "
                                    "comité entrenado es capacidad.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": "Una crecida del río después de lluvias intensas",
                                        "correct": True,
                                        "feedback": "Correcto: es el fenómeno que puede ocasionar daños.",
                                    },
                                    {
                                        "text": "Un barrio construido en la planicie de inundación",
                                        "correct": False,
                                        "feedback": (
                                            "Eso describe exposición: personas y bienes "
                                            "ubicados en una zona propensa a la amenaza."
                                        ),
                                    },
                                    {
                                        "text": "La falta de ingresos para reparar una vivienda precaria",
                                        "correct": False,
                                        "feedback": "Eso es un factor de vulnerabilidad.",
                                    },
                                    {
                                        "text": "Un comité barrial entrenado en evacuación",
                                        "correct": False,
                                        "feedback": "Eso es una capacidad, que reduce el riesgo.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>Además de la amenaza, ¿qué factores menciona la "
                                    "terminología de UNDRR para determinar el riesgo de "
                                    "desastres? Marca todas las opciones correctas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>El riesgo de desastres se estima como función de la "
                                    "amenaza, la exposición, la vulnerabilidad y la "
                                    "capacidad.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {"text": "La exposición", "correct": True, "feedback": "Correcto."},
                                    {"text": "La vulnerabilidad", "correct": True, "feedback": "Correcto."},
                                    {
                                        "text": "La capacidad",
                                        "correct": True,
                                        "feedback": "Correcto: las capacidades reducen el riesgo.",
                                    },
                                    {
                                        "text": (
                                            "La cantidad de publicaciones en redes sociales sobre el fenómeno"
                                        ),
                                        "correct": False,
                                        "feedback": "La atención mediática no es un factor del riesgo.",
                                    },
                                    {
                                        "text": "El nombre que los medios le dan al fenómeno",
                                        "correct": False,
                                        "feedback": "El nombre no cambia el riesgo.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>Verdadero o falso: las amenazas pueden tener origen "
                                    "natural, pero los desastres no son “naturales”, porque "
                                    "dependen también de la exposición, la vulnerabilidad y las "
                                    "capacidades.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Verdadero. Por eso se desaconseja la expresión "
                                    "“desastre natural”.</p>"
                                ),
                                "correct": "true",
                            },
                        },
                        {
                            "type": "numeric",
                            "value": {
                                "prompt": (
                                    "<p>¿Cuántas prioridades de acción establece el Marco de "
                                    "Sendai para la Reducción del Riesgo de Desastres "
                                    "2015-2030?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Son cuatro: comprender el riesgo; fortalecer la "
                                    "gobernanza del riesgo; invertir en la reducción del "
                                    "riesgo para la resiliencia; y aumentar la preparación "
                                    "para una respuesta eficaz y para “reconstruir mejor”.</p>"
                                ),
                                "answer": "4",
                                "tolerance": "0",
                                "unit": "",
                            },
                        },
                        {
                            "type": "numeric",
                            "value": {
                                "prompt": "<p>¿Cuántas metas mundiales establece el Marco de Sendai?</p>",
                                "points": "1",
                                "feedback": (
                                    "<p>Son siete metas mundiales, identificadas con las letras a) a g).</p>"
                                ),
                                "answer": "7",
                                "tolerance": "0",
                                "unit": "",
                            },
                        },
                        {
                            "type": "matching",
                            "value": {
                                "prompt": "<p>Relaciona cada meta del Marco de Sendai con su contenido.</p>",
                                "points": "1",
                                "feedback": (
                                    "<p>a) mortalidad; c) pérdidas económicas en relación con "
                                    "el PIB mundial; e) estrategias nacionales y locales para "
                                    "2020; g) alerta temprana multiamenaza e información sobre "
                                    "el riesgo.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "Meta a)",
                                        "right": "Reducir la mortalidad mundial causada por desastres",
                                    },
                                    {
                                        "left": "Meta c)",
                                        "right": (
                                            "Reducir las pérdidas económicas directas en relación "
                                            "con el PIB mundial"
                                        ),
                                    },
                                    {
                                        "left": "Meta e)",
                                        "right": (
                                            "Más países con estrategias nacionales y locales de "
                                            "reducción del riesgo para 2020"
                                        ),
                                    },
                                    {
                                        "left": "Meta g)",
                                        "right": (
                                            "Más sistemas de alerta temprana multiamenaza e "
                                            "información sobre el riesgo, y más acceso a ellos"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>¿Qué término designa la situación de las personas, la "
                                    "infraestructura, las viviendas y otros bienes ubicados en "
                                    "zonas propensas a amenazas? Responde con una palabra.</p>"
                                ),
                                "points": "1",
                                "feedback": "<p>Es la <strong>exposición</strong>.</p>",
                                "accepted_answers": ["exposición", "la exposición", "exposicion"],
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Cuál de estas medidas corresponde a la <strong>gestión "
                                    "prospectiva</strong> del riesgo?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>La gestión prospectiva evita nuevos riesgos; la "
                                    "correctiva reduce los existentes; la reactiva prepara y "
                                    "ejecuta la respuesta.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "No habilitar nuevas urbanizaciones en una zona "
                                            "identificada como inundable en el plan de "
                                            "ordenamiento"
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto: evita que se genere un riesgo nuevo.",
                                    },
                                    {
                                        "text": "Reforzar un puente antiguo que ya presenta fallas",
                                        "correct": False,
                                        "feedback": "Es gestión correctiva: reduce un riesgo que ya existe.",
                                    },
                                    {
                                        "text": "Habilitar albergues durante una crecida",
                                        "correct": False,
                                        "feedback": "Es gestión reactiva: forma parte de la respuesta.",
                                    },
                                ],
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Comunicar antes, durante y después de una emergencia",
            "slug": "antes-durante-despues",
            "summary": (
                "Qué informar y cómo hacerlo en cada etapa: la cobertura preventiva, la "
                "información útil durante la respuesta y el seguimiento de la recuperación y la "
                "reconstrucción."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "Antes: prevención y preparación",
                    "slug": "antes-prevencion-y-preparacion",
                    "estimated_minutes": 20,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La mayor parte del riesgo se construye, y se puede reducir, "
                                "lejos de los días de emergencia. El periodismo suele llegar "
                                "cuando el desastre ya ocurrió; la cobertura preventiva es menos "
                                "llamativa, pero ayuda a que la población sepa qué hacer y a que "
                                "las decisiones públicas se tomen con más información.</p>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Etapa",
                                        "Objetivo de la comunicación",
                                        "Preguntas clave",
                                        "Errores frecuentes",
                                    ],
                                    [
                                        "Antes",
                                        "Que la población comprenda sus riesgos y sepa cómo prepararse",
                                        (
                                            "¿Qué amenazas tiene la ciudad? ¿Qué se está haciendo para "
                                            "reducir el riesgo? ¿Qué debe hacer cada familia?"
                                        ),
                                        "Hablar del riesgo solo cuando hay una emergencia",
                                    ],
                                    [
                                        "Durante",
                                        "Proteger vidas con información verificada, útil, oportuna y clara",
                                        "¿Qué pasa, dónde, qué hacer, quién lo dice y a qué hora?",
                                        "Difundir rumores, especular con cifras, dramatizar",
                                    ],
                                    [
                                        "Después",
                                        "Acompañar la recuperación y pedir cuentas",
                                        (
                                            "¿Qué se prometió, qué se cumplió, quiénes siguen afectados, "
                                            "se reconstruye mejor?"
                                        ),
                                        "Abandonar el tema cuando se van las cámaras",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": "Las tres etapas de la comunicación de riesgos",
                            },
                        },
                        {"type": "heading", "value": "Qué contar cuando no hay emergencia"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><strong>Los riesgos de tu ciudad:</strong> los mapas de "
                                "amenaza y riesgo disponibles, explicados con ayuda de los "
                                "técnicos que los elaboraron.</li><li><strong>Qué hacer ante cada "
                                "amenaza:</strong> planes familiares, mochila de emergencia, "
                                "puntos de encuentro, rutas de evacuación, cómo recibir alertas "
                                "oficiales.</li><li><strong>Cómo funcionan las alertas:</strong> "
                                "qué organismo las emite, qué niveles existen y qué significa "
                                "cada uno, antes de que haga falta "
                                "usarlas.</li><li><strong>Temporadas:</strong> lluvias, incendios "
                                "forestales, olas de calor o frío, con anticipación suficiente "
                                "para prepararse.</li><li><strong>Políticas y "
                                "presupuestos:</strong> planes de ordenamiento territorial, obras "
                                "de mitigación, fondos para prevención y su "
                                "ejecución.</li><li><strong>Simulacros y organización "
                                "comunitaria:</strong> historias de barrios, escuelas y empresas "
                                "que se preparan.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Construir relaciones antes de necesitarlas"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En plena emergencia es tarde para averiguar quién es el "
                                "vocero del servicio meteorológico. Arma con tiempo una agenda "
                                "con los organismos de protección civil o defensa civil, el "
                                "servicio meteorológico e hidrológico, los observatorios "
                                "sismológicos o volcanológicos que correspondan, las autoridades "
                                "de salud y el gobierno local, con teléfonos alternativos y los "
                                "canales oficiales por los que publican.</p><p>Acuerda también "
                                "protocolos dentro de tu medio: quién cubre qué, quién verifica, "
                                "cómo se corrigen errores y qué se hace si se corta la energía o "
                                "la conexión. La radio, por ejemplo, suele seguir llegando cuando "
                                "fallan otros canales, y conviene prever cómo mantenerla al "
                                "aire.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "La preparación también es tarea del medio",
                                "text": (
                                    "<p>Una redacción preparada tiene una lista de contactos "
                                    "actualizada, una persona responsable de la verificación, "
                                    "protocolos de seguridad para los equipos en terreno y un plan "
                                    "para seguir informando si la sede queda afectada.</p>"
                                ),
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": (
                                    "Caso ilustrativo: una ciudad ribereña antes de la temporada de lluvias"
                                ),
                                "context": (
                                    "<p>Una ciudad ficticia a orillas de un gran río sufre "
                                    "crecidas con cierta frecuencia. Dos meses antes de la "
                                    "temporada de lluvias, un medio local decide preparar una "
                                    "serie de notas en lugar de esperar a la próxima "
                                    "inundación.</p>"
                                ),
                                "analysis": (
                                    "<p>La serie incluye el mapa de zonas inundables explicado "
                                    "junto con el área municipal de gestión del riesgo; qué "
                                    "significa cada nivel de alerta del sistema local y qué "
                                    "debe hacer la población en cada uno; dónde están los "
                                    "albergues previstos; cómo preparar una mochila de "
                                    "emergencia; y una entrevista a un comité barrial que "
                                    "organiza la evacuación de personas mayores. Cada dato se "
                                    "confirma con el organismo responsable y se publica en "
                                    "varios formatos: notas breves para teléfonos, cápsulas de "
                                    "radio y mensajes en lenguas originarias donde "
                                    "corresponde. Cuando llega la temporada, la audiencia ya "
                                    "conoce el sistema de alertas.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué otros temas incluirías en la serie para tu "
                                    "ciudad?</li><li>¿Qué fuentes técnicas y comunitarias "
                                    "consultarías?</li><li>¿Cómo medirías si la serie llegó a "
                                    "los barrios más expuestos?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Prevención",
                                "definition": (
                                    "<p>Actividades y medidas encaminadas a evitar los "
                                    "riesgos de desastres existentes y nuevos.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Preparación",
                                "definition": (
                                    "<p>Conocimientos y capacidades que desarrollan los "
                                    "gobiernos, las organizaciones de respuesta y "
                                    "recuperación, las comunidades y las personas para "
                                    "prever desastres probables, inminentes o presentes, "
                                    "responder a ellos y recuperarse de sus efectos de forma "
                                    "eficaz.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Durante: informar en la respuesta",
                    "slug": "durante-informar-en-la-respuesta",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En las primeras horas de una emergencia, la información es "
                                "una forma de ayuda: orienta evacuaciones, evita que la gente se "
                                "acerque a zonas peligrosas, ayuda a reunir familias y a que la "
                                "asistencia llegue adonde hace falta. También puede hacer daño: "
                                "un rumor sobre un albergue inexistente o una ruta equivocada "
                                "puede poner vidas en riesgo.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Cinco atributos de la información en la respuesta"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><strong>Verificada:</strong> con fuente identificada y "
                                "contrastada. Si algo no está confirmado, no se publica como "
                                "hecho.</li><li><strong>Útil:</strong> responde qué hacer, dónde, "
                                "quiénes deben hacerlo y dónde "
                                "informarse.</li><li><strong>Oportuna:</strong> llega a tiempo "
                                "para actuar y se actualiza; cada dato lleva la hora y la "
                                "fuente.</li><li><strong>Clara:</strong> frases cortas, "
                                "instrucciones concretas, sin tecnicismos innecesarios; se repite "
                                "en distintos momentos y "
                                "canales.</li><li><strong>Accesible:</strong> llega también a "
                                "personas con discapacidad, personas mayores, hablantes de otras "
                                "lenguas y a quienes no tienen conexión a internet.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Cómo redactar instrucciones"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Una instrucción útil responde, en este orden aproximado: "
                                "<strong>quién</strong> la emite, <strong>qué</strong> está "
                                "pasando, <strong>dónde</strong>, <strong>qué hacer</strong>, "
                                "<strong>hasta cuándo</strong> y <strong>dónde seguir "
                                "informándose</strong>. Usa verbos en imperativo y evita fórmulas "
                                "vagas como “se recomienda evaluar la posibilidad de”. Reproduce "
                                "con exactitud las zonas y los niveles de alerta que indica la "
                                "autoridad, y marca con claridad cuando una información anterior "
                                "deja de estar vigente.</p><blockquote>Ejemplo con datos "
                                "ficticios: “La oficina municipal de protección civil informó a "
                                "las 14:30 que las familias de los barrios ribereños deben "
                                "dirigirse ahora a los puntos de encuentro señalizados. Lleva "
                                "documentos, medicamentos y agua. Sigue las actualizaciones por "
                                "esta radio y por los canales oficiales del "
                                "municipio”.</blockquote>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Lo que no se sabe también se informa",
                                "text": (
                                    "<p>Decir “todavía no hay cifras oficiales de personas "
                                    "fallecidas” es más responsable que especular. Si cometes un "
                                    "error, corrígelo de forma visible y en el mismo canal en que "
                                    "lo difundiste.</p>"
                                ),
                            },
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    ["Prefiere", "Evita"],
                                    [
                                        (
                                            "“Según el boletín de las 6:00 del servicio meteorológico "
                                            "nacional, se esperan lluvias intensas en la zona norte hasta "
                                            "el jueves”."
                                        ),
                                        "“¡Se viene el diluvio!”",
                                    ],
                                    [
                                        (
                                            "“Si vives en las zonas señaladas por protección civil, "
                                            "dirígete al punto de encuentro más cercano”."
                                        ),
                                        "“Habría que evacuar por si acaso”.",
                                    ],
                                    [
                                        (
                                            "“Hasta las 18:00, el municipio informó que funcionan dos "
                                            "albergues”, con su ubicación."
                                        ),
                                        "“Los albergues están colapsados”, sin fuente.",
                                    ],
                                    [
                                        "“Todavía no hay cifras oficiales de víctimas”.",
                                        "“Se teme que haya cientos de muertos”.",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": False,
                                "table_caption": "Redacción durante la respuesta (ejemplos ficticios)",
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: un sismo de madrugada en una ciudad costera",
                                "context": (
                                    "<p>A las tres de la mañana, un sismo fuerte sacude una "
                                    "ciudad costera ficticia. Minutos después circulan en redes "
                                    "sociales mensajes que aseguran que “viene un tsunami” y "
                                    "otros que dicen que “no pasa nada”. Los oyentes llaman a "
                                    "la radio local pidiendo saber qué hacer.</p>"
                                ),
                                "analysis": (
                                    "<p>La emisora transmite solo lo que informa el organismo "
                                    "oficial encargado de las alertas de tsunami y la "
                                    "autoridad de protección civil, con la hora de cada "
                                    "comunicado. Mientras llega esa información, repite las "
                                    "instrucciones permanentes que la autoridad local ya había "
                                    "difundido para esa costa, por ejemplo las de "
                                    "autoevacuación hacia zonas altas ante un sismo fuerte, "
                                    "sin agregar pronósticos propios. No lee al aire los "
                                    "mensajes no verificados y explica que está esperando el "
                                    "comunicado oficial. Cuando la autoridad levanta o "
                                    "confirma la alerta, lo anuncia con la misma claridad.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué instrucciones permanentes existen en tu "
                                    "ciudad para las amenazas más probables?</li><li>¿Cómo "
                                    "responderías al aire a un oyente que asegura tener "
                                    "“información de adentro”?</li><li>¿Cómo comunicarías el "
                                    "levantamiento de una alerta?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Respuesta",
                                "definition": (
                                    "<p>Medidas adoptadas directamente antes, durante o "
                                    "inmediatamente después de un desastre para salvar "
                                    "vidas, reducir los impactos en la salud, velar por la "
                                    "seguridad pública y atender las necesidades básicas de "
                                    "subsistencia de la población afectada.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Después: recuperación, reconstrucción y rendición de cuentas",
                    "slug": "despues-recuperacion-y-rendicion-de-cuentas",
                    "estimated_minutes": 20,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Cuando las cámaras se van, empieza la etapa más larga. La "
                                "terminología de UNDRR distingue la "
                                "<strong>rehabilitación</strong>, que restablece los servicios e "
                                "instalaciones básicos para que una comunidad vuelva a funcionar, "
                                "y la <strong>reconstrucción</strong>, que a mediano y largo "
                                "plazo reconstruye y restaura de manera sostenible "
                                "infraestructuras, servicios, viviendas y medios de vida, "
                                "idealmente más resilientes. Ambas forman parte de la "
                                "<strong>recuperación</strong>, que busca restablecer o mejorar "
                                "las condiciones de vida de la comunidad afectada en consonancia "
                                "con el principio de “reconstruir mejor”.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Seguimiento: volver a los lugares y a las personas"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Agenda revisiones periódicas: a la semana, al mes, a los seis "
                                "meses, al año. Algunas preguntas:</p><ul><li>¿Se restablecieron "
                                "el agua, la energía, las clases y la atención de "
                                "salud?</li><li>¿Cuántas familias siguen en albergues o en "
                                "viviendas temporales, según la autoridad, y qué dicen esas "
                                "familias?</li><li>¿Se reconstruye en el mismo lugar y de la "
                                "misma forma que generó el riesgo?</li><li>¿Cómo están la salud "
                                "mental, el empleo y los ingresos de la población "
                                "afectada?</li><li>¿Cómo afecta la recuperación a mujeres, niñas "
                                "y niños, personas mayores y personas con discapacidad?</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Rendición de cuentas"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Después de un desastre se movilizan fondos públicos, "
                                "donaciones y contrataciones, muchas veces por procedimientos de "
                                "emergencia. Sigue el dinero: qué se anunció, qué se asignó, qué "
                                "se ejecutó y quién lo hizo. Donde exista una ley de acceso a la "
                                "información pública, úsala para pedir contratos, informes y "
                                "evaluaciones. Pregunta también si hubo alertas, si llegaron a la "
                                "población y si se actuó a partir de ellas, y si las autoridades "
                                "hicieron una evaluación de lo aprendido.</p><p>Rendición de "
                                "cuentas no es buscar culpables sin pruebas: se trata de "
                                "documentar decisiones, compromisos y resultados con fuentes "
                                "verificables, y de dar a las autoridades la oportunidad de "
                                "responder.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Reconstruir mejor no es reconstruir igual",
                                "text": (
                                    "<p>Pregunta siempre si la reconstrucción reduce el riesgo "
                                    "(ubicación, normas de construcción, drenaje, alertas) o si "
                                    "reproduce las condiciones que llevaron al desastre.</p>"
                                ),
                            },
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Compromiso anunciado",
                                        "Quién lo anunció y cuándo",
                                        "Documento que lo respalda",
                                        "Estado verificado",
                                        "Próxima revisión",
                                    ],
                                    [
                                        "Reparar la escuela del barrio ribereño",
                                        "Secretaría municipal de obras, en conferencia de prensa",
                                        "Contrato de obra publicado",
                                        "Obra iniciada; verificado en una visita al lugar",
                                        "A los tres meses",
                                    ],
                                    [
                                        "Reubicar a las familias de la zona de alto riesgo",
                                        "Gobierno provincial, en un comunicado",
                                        "Sin documento publicado; solicitado por acceso a la información",
                                        "Sin avances visibles; la autoridad no respondió",
                                        "Al recibir la respuesta",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": False,
                                "table_caption": (
                                    "Matriz de seguimiento de compromisos (ejemplo con datos ficticios)"
                                ),
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: un año después de una crecida",
                                "context": (
                                    "<p>Un año después de una crecida en una ciudad ficticia, "
                                    "un medio local decide revisar las promesas hechas durante "
                                    "la emergencia: viviendas nuevas, obras de defensa y la "
                                    "reubicación de familias de la ribera.</p>"
                                ),
                                "analysis": (
                                    "<p>El equipo arma una matriz con cada compromiso, quién "
                                    "lo hizo, cuándo y con qué documento. Contrasta esa "
                                    "información con contratos y presupuestos públicos, visita "
                                    "los lugares y entrevista a familias afectadas y a las "
                                    "autoridades responsables. El resultado evita dos errores "
                                    "opuestos: repetir sin crítica el discurso oficial y "
                                    "afirmar que “no se hizo nada” sin comprobarlo.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué compromisos revisarías en tu ciudad después "
                                    "de la última emergencia?</li><li>¿Qué documentos "
                                    "públicos pedirías?</li><li>¿Cómo incluirías la voz de "
                                    "las familias sin exponerlas?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Recuperación",
                                "definition": (
                                    "<p>Restablecimiento o mejora de los medios de vida y la "
                                    "salud, y de los bienes, sistemas y actividades "
                                    "económicos, físicos, sociales, culturales y ambientales "
                                    "de una comunidad afectada por un desastre, en "
                                    "consonancia con el principio de “reconstruir "
                                    "mejor”.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Cuestionario: antes, durante y después",
                    "slug": "cuestionario-antes-durante-despues",
                    "intro": (
                        "<p>Siete preguntas sobre la comunicación en cada etapa de una "
                        "emergencia. La última es de desarrollo y la corrige una persona del "
                        "equipo docente.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>Durante una emergencia, ¿cuál es la mejor forma de "
                                    "informar sobre un albergue?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>La información en la respuesta debe ser verificada, "
                                    "útil, oportuna y clara: fuente, hora, ubicación y cómo "
                                    "llegar.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Indicar la ubicación confirmada por la autoridad, la "
                                            "hora de esa información y cómo llegar"
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto: es verificada, útil y fechada.",
                                    },
                                    {
                                        "text": (
                                            "Repetir la ubicación que un vecino publicó en redes "
                                            "sociales, porque es más rápido"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Sin verificación, podrías enviar a la gente a un "
                                            "lugar equivocado o peligroso."
                                        ),
                                    },
                                    {
                                        "text": "No mencionar albergues para no generar aglomeraciones",
                                        "correct": False,
                                        "feedback": (
                                            "Callar información oficial útil deja a la "
                                            "población sin orientación."
                                        ),
                                    },
                                    {
                                        "text": "Decir que “hay albergues en toda la ciudad” sin detallar",
                                        "correct": False,
                                        "feedback": "Es demasiado vago para que alguien pueda actuar.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Qué temas forman parte de una cobertura preventiva, es "
                                    "decir, <strong>antes</strong> de una emergencia? Marca "
                                    "todas las opciones correctas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>La cobertura preventiva explica riesgos, preparación y "
                                    "políticas de reducción del riesgo. El conteo de evacuados "
                                    "corresponde a la respuesta, y especular sobre víctimas "
                                    "nunca es adecuado.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {
                                        "text": (
                                            "Los mapas de amenaza de la ciudad, explicados por "
                                            "quienes los elaboraron"
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": (
                                            "Los simulacros y los planes de evacuación de escuelas y barrios"
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "El presupuesto para obras de mitigación y su ejecución",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "El conteo, hora por hora, de las personas evacuadas",
                                        "correct": False,
                                        "feedback": "Eso corresponde a la etapa de respuesta.",
                                    },
                                    {
                                        "text": (
                                            "Estimaciones propias de cuántas víctimas podría "
                                            "causar un sismo futuro"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Especular con cifras de víctimas genera alarma sin informar."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>Verdadero o falso: si todavía no hay cifras oficiales de "
                                    "víctimas, lo más responsable es publicar una estimación "
                                    "propia basada en comentarios de vecinos.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Falso. Lo responsable es decir que aún no hay cifras "
                                    "oficiales, atribuir cada dato a su fuente y actualizar "
                                    "cuando la autoridad informe.</p>"
                                ),
                                "correct": "false",
                            },
                        },
                        {
                            "type": "matching",
                            "value": {
                                "prompt": (
                                    "<p>Relaciona cada acción periodística con la etapa en que "
                                    "corresponde principalmente.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Explicar los mapas de amenaza es preparación; difundir "
                                    "albergues habilitados es respuesta; verificar obras "
                                    "prometidas es seguimiento de la recuperación.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "Explicar el mapa de zonas inundables de la ciudad",
                                        "right": "Antes: prevención y preparación",
                                    },
                                    {
                                        "left": "Difundir la ubicación de los albergues habilitados",
                                        "right": "Durante: respuesta",
                                    },
                                    {
                                        "left": (
                                            "Verificar si se ejecutaron las obras prometidas tras la crecida"
                                        ),
                                        "right": "Después: recuperación y rendición de cuentas",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>Completa la expresión que usa el Marco de Sendai para "
                                    "una recuperación que reduzca el riesgo en lugar de "
                                    "reproducirlo: “reconstruir ______”.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>La expresión es “reconstruir mejor” (en inglés, "
                                    "<em>build back better</em>).</p>"
                                ),
                                "accepted_answers": ["mejor", "reconstruir mejor"],
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Cuál de estos mensajes es una instrucción clara para la "
                                    "población?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Una buena instrucción dice quién la emite, qué hacer, "
                                    "dónde y cuándo, con verbos en imperativo.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "“Protección civil indicó a las 9:00: si vives en los "
                                            "barrios ribereños, dirígete ahora al punto de "
                                            "encuentro de tu barrio”."
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto: fuente, hora, a quién se dirige y qué hacer.",
                                    },
                                    {
                                        "text": (
                                            "“Se recomienda a la población evaluar la posibilidad "
                                            "de tomar precauciones”."
                                        ),
                                        "correct": False,
                                        "feedback": "Es vago: no dice quién, qué ni dónde.",
                                    },
                                    {
                                        "text": (
                                            "“¡Atención! ¡La situación es gravísima y puede "
                                            "empeorar en cualquier momento!”"
                                        ),
                                        "correct": False,
                                        "feedback": "Genera alarma sin decir qué hacer ni citar una fuente.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "essay",
                            "value": {
                                "prompt": (
                                    "<p>Una crecida ficticia obliga a evacuar dos barrios de tu "
                                    "ciudad. Redacta un mensaje de radio de hasta 120 palabras "
                                    "con la información disponible. Donde te falten datos, usa "
                                    "marcadores como [hora] o [lugar] en lugar de "
                                    "inventarlos.</p>"
                                ),
                                "points": "3",
                                "feedback": (
                                    "<p>Compara tu mensaje con la estructura vista en la "
                                    "lección: quién informa, qué pasa, dónde, qué hacer, hasta "
                                    "cuándo y dónde seguir informándose.</p>"
                                ),
                                "rubric": (
                                    "<ul><li>Cita la fuente oficial y la hora de la "
                                    "información.</li><li>Indica con claridad quiénes deben "
                                    "actuar, qué deben hacer y dónde (punto de encuentro, "
                                    "albergue).</li><li>Usa frases cortas y verbos en "
                                    "imperativo, sin tecnicismos ni adjetivos "
                                    "alarmistas.</li><li>No inventa datos: usa marcadores donde "
                                    "falta información.</li><li>Indica dónde seguir informándose "
                                    "y respeta la extensión pedida.</li></ul>"
                                ),
                                "max_words": 200,
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Fuentes oficiales, verificación y alertas",
            "slug": "fuentes-verificacion-y-alertas",
            "summary": (
                "Con quién hablar y qué puede informar cada organismo, cómo verificar rumores, "
                "imágenes y videos, y cómo funcionan los sistemas de alerta temprana y los "
                "niveles de alerta."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "Fuentes oficiales y cómo trabajar con ellas",
                    "slug": "fuentes-oficiales",
                    "estimated_minutes": 20,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En una emergencia hablan muchas voces: autoridades técnicas, "
                                "funcionarios políticos, especialistas, testigos, organizaciones "
                                "sociales e influenciadores. Una <strong>fuente oficial</strong> "
                                "es un organismo que tiene el mandato legal de producir o emitir "
                                "cierto tipo de información: un pronóstico, una alerta, una orden "
                                "de evacuación, un balance de personas afectadas. Saber quién "
                                "tiene cada mandato es la base de una cobertura precisa.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Quién dice qué: el mandato de cada fuente"},
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    ["Tipo de organismo", "Qué información suele emitir", "Qué preguntarle"],
                                    [
                                        "Sistema u organismo nacional de protección civil o defensa civil",
                                        (
                                            "Alertas y declaratorias, evacuaciones, albergues, balances de "
                                            "afectación"
                                        ),
                                        "¿Qué zonas están bajo alerta y qué deben hacer las personas?",
                                    ],
                                    [
                                        "Servicio meteorológico nacional",
                                        "Pronósticos, avisos y alertas meteorológicas",
                                        "¿Qué se espera, dónde, hasta cuándo y con qué grado de certeza?",
                                    ],
                                    [
                                        "Servicio hidrológico (en algunos países integrado al meteorológico)",
                                        "Niveles y caudales de los ríos, pronósticos de crecida",
                                        "¿Cuándo se espera el pico de la crecida y en qué tramos?",
                                    ],
                                    [
                                        "Servicio sismológico u observatorio volcanológico",
                                        (
                                            "Datos de sismos (magnitud, ubicación, profundidad) y de la "
                                            "actividad volcánica"
                                        ),
                                        (
                                            "¿Qué significa este dato para la población? ¿Hay riesgo de "
                                            "réplicas o de nuevos eventos?"
                                        ),
                                    ],
                                    [
                                        "Autoridades de salud",
                                        "Atención de personas heridas, riesgos sanitarios, apoyo psicosocial",
                                        "¿Dónde atenderse y qué precauciones tomar?",
                                    ],
                                    [
                                        "Gobierno local (municipio, alcaldía, intendencia o prefeitura)",
                                        "Servicios urbanos, tránsito, albergues municipales, limpieza",
                                        "¿Qué servicios funcionan y cuándo se restablecen los demás?",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Tipos de fuentes oficiales y su mandato habitual "
                                    "(los nombres y funciones varían por país)"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Los nombres y las funciones cambian",
                                "text": (
                                    "<p>Los organismos se reorganizan, se fusionan o cambian de "
                                    "nombre, y el reparto de funciones no es igual en todos los "
                                    "países. Revisa tu agenda con regularidad y cita siempre el "
                                    "nombre oficial vigente de cada institución.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Buenas prácticas con fuentes oficiales"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><strong>Usa los canales institucionales:</strong> el "
                                "sitio web oficial, las cuentas verificadas del organismo y los "
                                "comunicados firmados. Desconfía de capturas de pantalla de "
                                "supuestos comunicados.</li><li><strong>Cita la fuente y la "
                                "hora:</strong> “según el boletín de las 7:00 del servicio "
                                "meteorológico nacional”. En una emergencia, un dato sin hora "
                                "puede estar desactualizado.</li><li><strong>Distingue el dato "
                                "técnico de la declaración política:</strong> el pronóstico lo "
                                "emite el servicio meteorológico; la opinión de un funcionario "
                                "sobre ese pronóstico es otra cosa.</li><li><strong>Oficial no "
                                "significa infalible:</strong> las fuentes oficiales pueden "
                                "equivocarse o contradecirse. Informa las discrepancias con "
                                "transparencia y pide "
                                "aclaraciones.</li><li><strong>Complementa:</strong> "
                                "especialistas de universidades, organizaciones comunitarias, "
                                "sociedades nacionales de la Cruz Roja y personas afectadas "
                                "aportan contexto que no está en los boletines.</li></ul>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: dos cifras distintas en la misma mañana",
                                "context": (
                                    "<p>Durante una inundación en una ciudad ficticia, la "
                                    "oficina municipal informa a las 8:00 una cantidad de "
                                    "familias evacuadas y el organismo nacional de protección "
                                    "civil informa a las 10:00 una cantidad distinta. En redes "
                                    "sociales se acusa a uno y otro de ocultar datos.</p>"
                                ),
                                "analysis": (
                                    "<p>El medio no elige la cifra más llamativa. Publica "
                                    "ambas, cada una con su fuente y su hora, y pregunta a los "
                                    "dos organismos por la diferencia. Las causas posibles son "
                                    "varias: horas de corte distintas, zonas distintas o "
                                    "categorías distintas (por ejemplo, personas “afectadas” "
                                    "frente a “evacuadas”, con definiciones que cambian según "
                                    "el país). Cuando obtiene la aclaración, actualiza la nota "
                                    "y lo explica.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Cómo redactarías el título mientras esperas la "
                                    "aclaración?</li><li>¿Qué categorías de personas "
                                    "afectadas usa el sistema de protección civil de tu país "
                                    "y cómo las define?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Servicio meteorológico e hidrológico nacional",
                                "definition": (
                                    "<p>Organismo público encargado de observar, pronosticar "
                                    "y emitir avisos sobre el tiempo, el clima y el agua en "
                                    "un país. Es la fuente oficial de los pronósticos y de "
                                    "las alertas meteorológicas e hidrológicas.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Verificar rumores, imágenes y videos",
                    "slug": "verificar-rumores-imagenes-y-videos",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En las emergencias los rumores se multiplican: hay "
                                "incertidumbre, miedo y muchas ganas de ayudar. Circulan imágenes "
                                "de otros años o de otros países presentadas como actuales, "
                                "audios atribuidos a “un amigo que trabaja en bomberos”, "
                                "comunicados oficiales falsos y, cada vez más, imágenes generadas "
                                "o alteradas con inteligencia artificial. Tu primera tarea es no "
                                "amplificarlos.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Una rutina de verificación"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><strong>Detente.</strong> No compartas ni publiques "
                                "todavía. Guarda el contenido: captura, enlace, fecha y hora en "
                                "que lo viste.</li><li><strong>Busca el origen.</strong> ¿Quién "
                                "lo publicó primero? Revisa la cuenta, su historial y si estaba "
                                "en el lugar.</li><li><strong>Busca versiones "
                                "anteriores.</strong> Haz una búsqueda inversa de la imagen con "
                                "herramientas como Google Lens, TinEye o la búsqueda visual de "
                                "Bing. En un video, extrae fotogramas clave (por ejemplo, con la "
                                "extensión InVID-WeVerify) y búscalos.</li><li><strong>Comprueba "
                                "lugar y fecha.</strong> Compara carteles, edificios y paisaje "
                                "con mapas e imágenes satelitales; contrasta el clima, la "
                                "vegetación y las sombras con lo que se sabe del día. Los "
                                "metadatos pueden ayudar, pero muchas redes sociales los "
                                "eliminan.</li><li><strong>Contrasta con al menos dos fuentes "
                                "independientes,</strong> una de ellas oficial cuando se trate de "
                                "alertas, evacuaciones o cifras.</li><li><strong>Contacta a quien "
                                "lo publicó</strong> para confirmar los detalles y pedir permiso "
                                "de uso.</li><li><strong>Publica con contexto,</strong> citando "
                                "la fuente y la hora, o explica que el contenido es falso o está "
                                "fuera de contexto.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Regla mínima: dos fuentes, hora y fuente",
                                "text": (
                                    "<p>Ningún dato de una emergencia se publica sin estar "
                                    "contrastado con al menos dos fuentes independientes, y todo "
                                    "dato publicado lleva la hora y el nombre de su fuente. Si no "
                                    "puedes verificar algo a tiempo, es mejor no publicarlo que "
                                    "desmentirlo después.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Desmentir sin amplificar"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Si un rumor ya circula ampliamente, una verificación "
                                "publicada puede ayudar, pero hay que evitar darle más difusión. "
                                "Empieza por el dato verdadero, explica luego brevemente qué es "
                                "falso y por qué, y cierra repitiendo el dato verdadero: es la "
                                "técnica conocida como “sándwich de verdad”. No repitas el "
                                "contenido falso en el título. Si muestras la imagen falsa, "
                                "márcala claramente como tal. Cuando sea posible, coordina con "
                                "organizaciones de verificación de datos y con la fuente oficial "
                                "correspondiente.</p>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    ["Señal de alerta", "Qué hacer"],
                                    [
                                        "Imagen impactante sin fecha ni lugar",
                                        "Búsqueda inversa de la imagen y de sus fragmentos",
                                    ],
                                    [
                                        "Audio anónimo de “un amigo que trabaja en…”",
                                        "No difundirlo; consultar directamente al organismo mencionado",
                                    ],
                                    [
                                        "Comunicado “oficial” que solo circula como captura de pantalla",
                                        "Buscarlo en los canales oficiales del organismo",
                                    ],
                                    [
                                        (
                                            "Video en el que el clima o la vegetación no coinciden con la "
                                            "estación"
                                        ),
                                        (
                                            "Geolocalizar, estimar la fecha y comparar con registros "
                                            "meteorológicos"
                                        ),
                                    ],
                                    [
                                        "Cifras muy redondas o exageradas sin fuente",
                                        "Pedir la fuente y compararla con el último balance oficial",
                                    ],
                                    [
                                        (
                                            "Imagen con rasgos extraños (textos deformes, manos o sombras "
                                            "incoherentes)"
                                        ),
                                        (
                                            "Considerar que pueda ser generada con IA: buscar su origen y "
                                            "consultar especialistas; los detectores automáticos no son "
                                            "infalibles"
                                        ),
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": False,
                                "table_caption": "Señales de alerta frecuentes y primeras acciones",
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: el video de la ola gigante",
                                "context": (
                                    "<p>Después de un sismo moderado frente a la costa de una "
                                    "ciudad ficticia, se viraliza un video de una ola enorme "
                                    "que golpea una costanera, con el texto “ahora en nuestra "
                                    "playa”. Muchas personas lo reenvían para “avisar”.</p>"
                                ),
                                "analysis": (
                                    "<p>La redacción extrae fotogramas clave y hace una "
                                    "búsqueda inversa: el video había sido publicado años "
                                    "antes y corresponde a otro lugar. Además, el organismo "
                                    "oficial de alertas de tsunami no había emitido ninguna "
                                    "alerta para esa costa. El medio publica una verificación "
                                    "que empieza por la información oficial vigente, explica "
                                    "de dónde proviene el video sin incrustarlo sin "
                                    "advertencia y recuerda a qué canales oficiales "
                                    "seguir.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿En qué orden harías los pasos de verificación "
                                    "en este caso y cuánto tiempo te llevaría cada "
                                    "uno?</li><li>¿Cómo titularías la verificación sin "
                                    "repetir el mensaje falso?</li><li>¿Qué harías si la "
                                    "búsqueda inversa no arroja ningún resultado?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Búsqueda inversa de imágenes",
                                "definition": (
                                    "<p>Técnica que usa una imagen, o un fotograma de un "
                                    "video, como consulta en un buscador para encontrar "
                                    "dónde y cuándo apareció antes en internet. Sirve para "
                                    "detectar imágenes antiguas o de otros lugares "
                                    "presentadas como actuales.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Sistemas de alerta temprana y niveles de alerta",
                    "slug": "alerta-temprana-y-niveles-de-alerta",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Según la terminología de UNDRR, un <strong>sistema de alerta "
                                "temprana</strong> es un sistema integrado de vigilancia, "
                                "previsión y predicción de amenazas, evaluación del riesgo de "
                                "desastres y actividades, sistemas y procesos de comunicación y "
                                "preparación, que permite a las personas, las comunidades, los "
                                "gobiernos, las empresas y otros actores tomar medidas oportunas "
                                "para reducir el riesgo antes de que ocurra un fenómeno "
                                "peligroso. Un sistema <strong>multiamenaza</strong> aborda "
                                "varias amenazas que pueden presentarse de forma aislada, "
                                "simultánea, en cascada o acumulativa.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Los cuatro elementos de un sistema de alerta temprana"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>UNDRR describe cuatro elementos "
                                "interrelacionados:</p><ol><li><strong>Conocimiento del riesgo de "
                                "desastres</strong>, basado en la recolección sistemática de "
                                "datos y en evaluaciones del riesgo.</li><li><strong>Detección, "
                                "monitoreo, análisis y pronóstico</strong> de las amenazas y de "
                                "sus posibles consecuencias.</li><li><strong>Difusión y "
                                "comunicación</strong>, por parte de una fuente oficial, de "
                                "alertas fidedignas, oportunas, precisas y accionables, con "
                                "información sobre la probabilidad y el "
                                "impacto.</li><li><strong>Capacidad de preparación y "
                                "respuesta</strong> a todos los niveles ante las alertas "
                                "recibidas.</li></ol><p>Si falla uno, falla el sistema: un "
                                "pronóstico excelente no salva vidas si la alerta no llega, no se "
                                "entiende o la población no sabe qué hacer. Estos mismos cuatro "
                                "elementos son los pilares de la iniciativa de las Naciones "
                                "Unidas “Alertas Tempranas para Todos”, lanzada en 2022 con el "
                                "objetivo de que toda la población mundial esté protegida por "
                                "sistemas de alerta temprana para fines de 2027. Se relaciona "
                                "directamente con la meta g) del Marco de Sendai.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Los medios son parte del sistema",
                                "text": (
                                    "<p>El periodismo participa sobre todo en el tercer elemento, "
                                    "al retransmitir las alertas oficiales, y en el cuarto, al "
                                    "explicar antes de la emergencia qué significa cada alerta y "
                                    "qué hacer. No reemplaza a la fuente oficial: amplifica su "
                                    "mensaje con exactitud.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "Niveles de alerta por colores: no hay un esquema universal",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Muchos países y organismos usan escalas de colores, con "
                                "frecuencia verde, amarillo, naranja y rojo. Pero la cantidad de "
                                "niveles, sus nombres (aviso, alerta, alarma) y su significado "
                                "<strong>varían</strong> entre países, entre organismos de un "
                                "mismo país (meteorológico, hidrológico, volcánico, de protección "
                                "civil) y a veces según la amenaza. En algunos esquemas el color "
                                "indica la intensidad o probabilidad del fenómeno esperado; en "
                                "otros, el grado de alistamiento de las instituciones o las "
                                "acciones que debe tomar la población.</p><p>Por eso no basta con "
                                "decir “alerta naranja”: explica qué significa ese nivel en el "
                                "esquema del organismo que la emitió, qué zonas abarca, desde y "
                                "hasta cuándo rige y qué deben hacer las personas.</p>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Color",
                                        "Significado en este esquema ficticio",
                                        "Qué debería comunicar el medio",
                                    ],
                                    [
                                        "Verde",
                                        "Situación normal o vigilancia",
                                        (
                                            "Información preventiva; recordar los planes familiares y los "
                                            "canales oficiales"
                                        ),
                                    ],
                                    [
                                        "Amarillo",
                                        "Fenómeno posible; estar atentos",
                                        (
                                            "Qué se espera, dónde y hasta cuándo; seguir las "
                                            "actualizaciones oficiales"
                                        ),
                                    ],
                                    [
                                        "Naranja",
                                        "Fenómeno probable con impactos importantes; prepararse",
                                        (
                                            "Instrucciones de preparación; ubicación de albergues y rutas "
                                            "de evacuación"
                                        ),
                                    ],
                                    [
                                        "Rojo",
                                        "Fenómeno inminente o en curso con impactos graves; actuar",
                                        (
                                            "Instrucciones oficiales de protección o evacuación, repetidas "
                                            "con claridad"
                                        ),
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Esquema ficticio con fines didácticos: no "
                                    "corresponde a ningún país. Consulta el esquema "
                                    "oficial vigente en el tuyo para cada amenaza."
                                ),
                            },
                        },
                        {"type": "heading", "value": "Transmitir alertas sin alarmismo"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Reproduce con exactitud el nivel, la zona y la vigencia "
                                "que fijó el organismo emisor, y nombra a ese "
                                "organismo.</li><li>No subas ni bajes el nivel por tu cuenta: una "
                                "alerta naranja no es “alerta roja”, ni un aviso es “alerta "
                                "máxima”.</li><li>Acompaña cada alerta con lo que las personas "
                                "deben hacer.</li><li>Explica la incertidumbre: un pronóstico "
                                "expresa probabilidades, no certezas.</li><li>Evita adjetivos "
                                "como “apocalíptico” o “sin precedentes” salvo que la fuente "
                                "técnica lo afirme y lo fundamente.</li><li>Informa también "
                                "cuando la alerta cambia de nivel o se levanta.</li></ul><p>Cada "
                                "vez más organismos publican sus alertas con el Protocolo de "
                                "Alerta Común (CAP, por sus siglas en inglés), un estándar "
                                "internacional que facilita que medios y plataformas las reciban "
                                "de forma automática y sin alteraciones. Pregunta si los "
                                "organismos de tu país lo usan.</p>"
                            ),
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Sistema de alerta temprana multiamenaza",
                                "definition": (
                                    "<p>Sistema de alerta temprana que aborda varias "
                                    "amenazas o impactos de tipo similar o diferente, que "
                                    "pueden producirse de forma aislada, simultánea, en "
                                    "cascada o acumulativa.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Cuestionario: fuentes, verificación y alertas",
                    "slug": "cuestionario-fuentes-verificacion-alertas",
                    "intro": (
                        "<p>Siete preguntas sobre fuentes oficiales, verificación y alertas "
                        "tempranas. La última es de desarrollo y la corrige una persona del "
                        "equipo docente.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "ordering",
                            "value": {
                                "prompt": (
                                    "<p>Ordena los cuatro elementos de un sistema de alerta "
                                    "temprana según el orden en que los presenta UNDRR.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>El orden es: conocimiento del riesgo; detección, "
                                    "monitoreo, análisis y pronóstico; difusión y comunicación "
                                    "de alertas; capacidad de preparación y respuesta.</p>"
                                ),
                                "items": [
                                    "Conocimiento del riesgo de desastres",
                                    "Detección, monitoreo, análisis y pronóstico de las amenazas",
                                    "Difusión y comunicación de las alertas",
                                    "Capacidad de preparación y respuesta",
                                ],
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>El organismo competente declara “alerta naranja” para tu "
                                    "ciudad. ¿Qué es lo más importante al informarlo?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Los esquemas de colores varían por país y por "
                                    "organismo: hay que explicar el significado del nivel y "
                                    "las acciones esperadas, citando al emisor.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Explicar qué significa ese nivel en el esquema del "
                                            "organismo emisor, qué zonas abarca, su vigencia y qué "
                                            "deben hacer las personas"
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": (
                                            "Usar el significado que tiene el color naranja en "
                                            "otro país, porque los esquemas son iguales en todas "
                                            "partes"
                                        ),
                                        "correct": False,
                                        "feedback": "No hay un esquema universal: los significados varían.",
                                    },
                                    {
                                        "text": (
                                            "Anunciarla como “alerta roja” para que la gente la tome en serio"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Cambiar el nivel desinforma y resta credibilidad al sistema."
                                        ),
                                    },
                                    {
                                        "text": "Esperar a que la situación empeore para no generar alarma",
                                        "correct": False,
                                        "feedback": "Retrasar una alerta oficial resta tiempo para actuar.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Qué acciones forman parte de una verificación básica de "
                                    "un video viral? Marca todas las opciones correctas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>La búsqueda inversa de fotogramas, la comprobación del "
                                    "lugar y la fecha y el contacto con quien lo publicó son "
                                    "pasos de verificación. La popularidad no prueba nada y "
                                    "publicar sin verificar amplifica el riesgo.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {
                                        "text": "Hacer una búsqueda inversa de fotogramas clave",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Comprobar el lugar con mapas e imágenes satelitales",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Contactar a quien lo publicó originalmente",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Darlo por auténtico si tiene muchas reproducciones",
                                        "correct": False,
                                        "feedback": "La popularidad no es una prueba de autenticidad.",
                                    },
                                    {
                                        "text": (
                                            "Publicarlo con la etiqueta “no confirmado” para ganar tiempo"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Publicar contenido no verificado lo amplifica "
                                            "aunque lleve una advertencia."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>Verdadero o falso: los colores de las alertas tienen el "
                                    "mismo significado en todos los países de Sudamérica y para "
                                    "todas las amenazas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Falso. La cantidad de niveles, sus nombres y su "
                                    "significado varían entre países, entre organismos y según "
                                    "la amenaza.</p>"
                                ),
                                "correct": "false",
                            },
                        },
                        {
                            "type": "matching",
                            "value": {
                                "prompt": (
                                    "<p>Relaciona cada tipo de información con el organismo que "
                                    "suele tener el mandato de emitirla.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Cada organismo tiene un mandato técnico; los nombres "
                                    "concretos varían por país.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "Pronóstico de lluvias intensas",
                                        "right": "Servicio meteorológico nacional",
                                    },
                                    {
                                        "left": "Magnitud y ubicación de un sismo",
                                        "right": "Servicio sismológico",
                                    },
                                    {
                                        "left": "Nivel de un río y pronóstico de crecida",
                                        "right": "Servicio hidrológico",
                                    },
                                    {
                                        "left": "Órdenes de evacuación y habilitación de albergues",
                                        "right": "Protección civil o defensa civil, con el gobierno local",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>¿Cómo se llama la técnica que usa una imagen como "
                                    "consulta en un buscador para encontrar dónde y cuándo "
                                    "apareció antes?</p>"
                                ),
                                "points": "1",
                                "feedback": "<p>Es la <strong>búsqueda inversa de imágenes</strong>.</p>",
                                "accepted_answers": [
                                    "búsqueda inversa de imágenes",
                                    "búsqueda inversa de imagen",
                                    "búsqueda inversa",
                                    "búsqueda de imagen inversa",
                                    "búsqueda inversa de imágenes en internet",
                                    "reverse image search",
                                ],
                            },
                        },
                        {
                            "type": "essay",
                            "value": {
                                "prompt": (
                                    "<p>Durante lluvias intensas en tu ciudad recibes por una "
                                    "aplicación de mensajería un audio anónimo que dice que “va "
                                    "a ceder el dique y hay que evacuar toda la zona sur”. "
                                    "Describe paso a paso qué harías antes de publicar algo y "
                                    "qué publicarías según lo que encuentres.</p>"
                                ),
                                "points": "3",
                                "feedback": (
                                    "<p>Revisa la rutina de verificación y las prácticas para "
                                    "desmentir sin amplificar.</p>"
                                ),
                                "rubric": (
                                    "<ul><li>No difunde el audio antes de "
                                    "verificarlo.</li><li>Consulta al organismo responsable "
                                    "(protección civil, gestión del dique, gobierno local) y a "
                                    "una segunda fuente independiente.</li><li>Busca el origen "
                                    "del audio y si existe un comunicado en los canales "
                                    "oficiales.</li><li>Distingue qué publicaría si el rumor es "
                                    "falso (dato verdadero primero, sin repetir el rumor en el "
                                    "título) y qué si la autoridad confirma un riesgo "
                                    "(instrucciones oficiales claras, con fuente y "
                                    "hora).</li><li>Considera el impacto del mensaje en la "
                                    "población y evita el alarmismo.</li></ul>"
                                ),
                                "max_words": 300,
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Ética, dignidad de las víctimas y autocuidado",
            "slug": "etica-dignidad-y-autocuidado",
            "summary": (
                "Cómo cubrir un desastre sin revictimizar: consentimiento, niñez, imágenes, "
                "cifras y lenguaje responsable, y cómo cuidar la propia salud física y mental."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "Dignidad, consentimiento y no revictimización",
                    "slug": "dignidad-consentimiento-y-no-revictimizacion",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Las personas afectadas por un desastre no son escenografía de "
                                "la cobertura. Tienen derecho a su intimidad, a su imagen y a "
                                "decidir si quieren hablar. La <strong>revictimización</strong>, "
                                "también llamada victimización secundaria, es el daño adicional "
                                "que sufre una persona ya afectada por la forma en que la tratan "
                                "las instituciones o los medios: preguntas invasivas, exposición "
                                "pública de su dolor, obligarla a revivir lo ocurrido o "
                                "estigmatizarla.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Consentimiento informado en medio de una crisis"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Preséntate: di quién eres, para qué medio trabajas y "
                                "cómo se usará el testimonio o la imagen.</li><li>Pide permiso de "
                                "forma explícita y acepta un no. La persona puede retirar su "
                                "consentimiento.</li><li>Ten en cuenta que alguien en estado de "
                                "shock quizá no esté en condiciones de dar un consentimiento "
                                "plenamente informado; si dudas, no publiques su identidad o "
                                "vuelve a consultarle más tarde.</li><li>Ofrece alternativas: "
                                "hablar sin mostrar el rostro, usar solo el nombre de pila o no "
                                "usar el nombre.</li><li>No prometas ayuda que no puedes dar ni "
                                "condiciones la ayuda a una entrevista.</li><li>No interrumpas "
                                "tareas de rescate ni entrevistes a personas mientras reciben "
                                "atención médica.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Niñas, niños y adolescentes"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La Convención sobre los Derechos del Niño establece que el "
                                "interés superior del niño debe ser una consideración primordial "
                                "en las decisiones que los afectan, y ese principio también guía "
                                "la cobertura. En la práctica:</p><ul><li>Evita datos que "
                                "permitan identificarlos en situaciones de vulnerabilidad: "
                                "rostro, nombre, escuela, dirección.</li><li>El permiso de "
                                "madres, padres o tutores es necesario, pero no suficiente: "
                                "evalúa también el posible daño y la opinión del propio niño o "
                                "niña.</li><li>No los entrevistes sobre experiencias traumáticas "
                                "sin acompañamiento adecuado.</li><li>No difundas por tu cuenta "
                                "datos de niñas y niños separados de sus familias: remite a los "
                                "canales oficiales de búsqueda y reunificación "
                                "familiar.</li><li>Informa sobre sus derechos, por ejemplo la "
                                "vuelta a clases o la atención de salud, y no solo sobre su "
                                "sufrimiento.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Imágenes de víctimas y de cadáveres"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Antes de publicar una imagen de una persona herida, en duelo "
                                "o fallecida, pregúntate si aporta información de interés público "
                                "que no pueda transmitirse de otra forma. No muestres cuerpos "
                                "identificables. No difundas la identidad de una persona "
                                "fallecida antes de la identificación oficial y de que su familia "
                                "haya sido notificada. Evita los primeros planos del dolor, "
                                "respeta los velorios y los espacios de duelo, y recuerda que una "
                                "imagen publicada en internet puede permanecer durante años.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Antes de publicar una imagen, pregúntate",
                                "text": (
                                    "<ul><li>¿La persona dio su consentimiento o está en "
                                    "condiciones de darlo?</li><li>¿Qué información aporta que no "
                                    "pueda darse de otro modo?</li><li>¿Cómo la vería su familia "
                                    "hoy y dentro de diez años?</li><li>¿La publicaría igual si la "
                                    "persona fuera de mi familia?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: una madre frente a su casa destruida",
                                "context": (
                                    "<p>Durante una transmisión en vivo desde un barrio "
                                    "ficticio afectado por un deslizamiento, un periodista "
                                    "encuentra a una mujer que llora frente a su casa "
                                    "destruida. No sabe dónde está su hijo. El productor pide "
                                    "acercar la cámara y hacerle preguntas.</p>"
                                ),
                                "analysis": (
                                    "<p>Una cobertura digna no acerca el micrófono sin "
                                    "preguntar. El periodista se presenta fuera del aire, le "
                                    "ofrece la información oficial sobre dónde reportar a "
                                    "personas desaparecidas y le pregunta si quiere hablar. Si "
                                    "acepta, la entrevista se centra en lo que ella necesita o "
                                    "quiere contar, no en “¿qué siente?”. Si no acepta, no se "
                                    "la muestra. Días después, el medio puede volver para "
                                    "contar cómo sigue la familia, si ella lo desea.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué le responderías al productor que pide el "
                                    "primer plano?</li><li>¿Qué información útil podrías "
                                    "ofrecerle a la mujer en ese momento?</li><li>¿Cómo "
                                    "contarías la dimensión humana del deslizamiento sin "
                                    "exponerla?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Revictimización (victimización secundaria)",
                                "definition": (
                                    "<p>Daño adicional que sufre una persona ya afectada por "
                                    "un hecho traumático a causa del trato que recibe de "
                                    "instituciones o medios, por ejemplo por preguntas "
                                    "invasivas, la exposición de su dolor o la "
                                    "estigmatización.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Cifras, lenguaje y sensacionalismo",
                    "slug": "cifras-lenguaje-y-sensacionalismo",
                    "estimated_minutes": 20,
                    "body": [
                        {"type": "heading", "value": "Cifras: atribuir, fechar, no especular"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En una emergencia las cifras cambian rápido y las primeras "
                                "suelen ser provisionales. Algunas reglas:</p><ul><li>Atribuye "
                                "cada cifra a su fuente y a su hora: “al menos tres personas "
                                "fallecidas, según el balance de protección civil de las "
                                "10:00”.</li><li>Usa “al menos” cuando la autoridad entrega un "
                                "conteo preliminar.</li><li>No sumes cifras de fuentes distintas "
                                "ni de cortes horarios distintos.</li><li>No extrapoles ni "
                                "calcules estimaciones propias de víctimas.</li><li>Distingue "
                                "categorías: personas fallecidas, desaparecidas, heridas, "
                                "evacuadas, afectadas o damnificadas. Sus definiciones varían "
                                "según el país; consulta las del sistema "
                                "oficial.</li><li>Actualiza y corrige de forma visible, indicando "
                                "qué cambió.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Las palabras construyen sentido"},
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    ["Evita", "Prefiere", "Por qué"],
                                    [
                                        "“Desastre natural”",
                                        (
                                            "“Desastre desencadenado por un sismo”, “desastre asociado a "
                                            "lluvias intensas”"
                                        ),
                                        (
                                            "La amenaza puede ser natural; el desastre depende de la "
                                            "exposición, la vulnerabilidad y las capacidades"
                                        ),
                                    ],
                                    [
                                        "“La furia de la naturaleza”, “castigo”",
                                        "Una descripción precisa del fenómeno y de sus efectos",
                                        "Atribuye intención a la naturaleza y oculta decisiones humanas",
                                    ],
                                    [
                                        "“Tragedia inevitable”",
                                        (
                                            "Explicar si el riesgo era conocido y qué se hizo, según lo "
                                            "que muestre la evidencia"
                                        ),
                                        "Muchos daños son prevenibles; la afirmación debe apoyarse en datos",
                                    ],
                                    [
                                        "“Los pobrecitos damnificados”",
                                        (
                                            "“Las familias evacuadas”, “las personas afectadas”, con "
                                            "nombre si consienten"
                                        ),
                                        (
                                            "Reconoce a las personas como sujetos con derechos, no como "
                                            "objetos de lástima"
                                        ),
                                    ],
                                    [
                                        "“Saqueadores” sin verificación",
                                        "Hechos verificados, con su fuente",
                                        "Estigmatiza a comunidades enteras y puede alentar la violencia",
                                    ],
                                    [
                                        "“Caos total”, “apocalíptico”",
                                        "Qué funciona, qué no funciona y qué hacer",
                                        "El alarmismo paraliza o insensibiliza a la audiencia",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": False,
                                "table_caption": "Lenguaje en la cobertura de desastres",
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "El desastre no es natural",
                                "text": (
                                    "<p>Nombrar bien es parte del trabajo. Decir “desastre "
                                    "natural” sugiere que nada podía hacerse. Hablar de la amenaza "
                                    "y de las condiciones de exposición y vulnerabilidad abre las "
                                    "preguntas que importan: qué se sabía, qué se decidió y qué "
                                    "puede cambiar.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Sensacionalismo y atención"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La música dramática, la repetición en bucle de imágenes de "
                                "dolor, los titulares con signos de exclamación y los "
                                "“exclusivos” con cadáveres pueden atraer atención por un "
                                "momento, pero generan angustia, desconfianza y fatiga "
                                "informativa, y faltan el respeto a las personas afectadas. Las "
                                "alternativas dan más valor a la audiencia: contexto, explicación "
                                "de causas, voces de las comunidades y de especialistas, y "
                                "coberturas que muestran qué respuestas funcionan. Evita también "
                                "culpar a las víctimas (“vivían ahí porque quisieron”): explica "
                                "las condiciones sociales y económicas que llevan a ocupar zonas "
                                "de riesgo.</p>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: el titular de las cifras",
                                "context": (
                                    "<p>Dos horas después de un deslizamiento en una ciudad "
                                    "ficticia, un vecino publica en redes sociales que hay “más "
                                    "de cien personas sepultadas”. La autoridad de protección "
                                    "civil confirmó tres personas fallecidas y varias "
                                    "desaparecidas, y la búsqueda continúa.</p>"
                                ),
                                "analysis": (
                                    "<p>El medio titula con la cifra oficial, atribuida y con "
                                    "hora: “Deslizamiento: al menos tres personas fallecidas y "
                                    "varias desaparecidas, según protección civil; continúa la "
                                    "búsqueda”. No publica la cifra del vecino como un hecho "
                                    "ni la usa en el titular. Explica que el número de "
                                    "personas desaparecidas puede cambiar a medida que las "
                                    "familias reporten y las personas sean localizadas, y "
                                    "actualiza la nota con cada balance oficial.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Cómo responderías a la audiencia que acusa al "
                                    "medio de “ocultar muertos”?</li><li>¿Cuándo y cómo "
                                    "informarías sobre una cifra de desaparecidos que "
                                    "cambia?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Personas afectadas",
                                "definition": (
                                    "<p>En la terminología de UNDRR, personas que sufren los "
                                    "efectos de un fenómeno peligroso de forma directa "
                                    "(lesiones, enfermedad, evacuación, desplazamiento o "
                                    "daños a sus medios de vida y bienes) o indirecta (otras "
                                    "consecuencias, como la interrupción de servicios).</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "El autocuidado de quien informa",
                    "slug": "autocuidado-de-quien-informa",
                    "estimated_minutes": 15,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Cubrir desastres expone a periodistas y comunicadores a "
                                "situaciones traumáticas: ver cuerpos, escuchar testimonios de "
                                "pérdida, trabajar en lugares peligrosos y, muchas veces, ser "
                                "parte de la comunidad afectada. Reacciones como insomnio, "
                                "irritabilidad, recuerdos intrusivos o sensación de embotamiento "
                                "emocional son frecuentes después de una exposición así y suelen "
                                "disminuir con el tiempo. Si persisten durante semanas o afectan "
                                "la vida diaria, conviene buscar apoyo profesional.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Seguridad física en terreno"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>No ingreses a zonas cerradas por las autoridades y sigue "
                                "las indicaciones de los equipos de rescate.</li><li>Lleva equipo "
                                "básico: calzado adecuado, casco cuando corresponda, linterna, "
                                "agua, botiquín, batería de respaldo para el "
                                "teléfono.</li><li>Trabaja en pareja cuando sea posible y acuerda "
                                "con la redacción horarios para reportarte.</li><li>No te "
                                "conviertas en una víctima más que necesite ser rescatada: "
                                "ninguna imagen vale ese riesgo.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Salud mental antes, durante y después"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><strong>Antes:</strong> conoce las reacciones habituales al "
                                "estrés y acuerda turnos y rotaciones. <strong>Durante:</strong> "
                                "haz pausas, hidrátate, come y duerme lo posible; cuando revises "
                                "material gráfico enviado por usuarios, reduce la exposición "
                                "innecesaria, por ejemplo mirando las imágenes en tamaño pequeño "
                                "o sin sonido cuando no hace falta. <strong>Después:</strong> "
                                "conversa con colegas, participa en reuniones de cierre y pide "
                                "ayuda profesional si la necesitas. Organizaciones especializadas "
                                "en periodismo y trauma, como el Dart Center for Journalism and "
                                "Trauma, publican guías sobre estos temas.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Cuidarte es parte del trabajo",
                                "text": (
                                    "<p>Un equipo agotado comete más errores, verifica menos y "
                                    "trata peor a las fuentes. El autocuidado no es un lujo "
                                    "individual: es una condición para informar bien.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "example",
                                "title": "Lista breve para editoras y editores",
                                "text": (
                                    "<ul><li>Rotar a quienes cubren las escenas más "
                                    "duras.</li><li>Preguntar cómo están, no solo qué material "
                                    "traen.</li><li>No sancionar ni ridiculizar a quien pide "
                                    "ayuda.</li><li>Prever apoyo psicológico para el equipo, "
                                    "también semanas después.</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Trauma vicario",
                                "definition": (
                                    "<p>Efectos emocionales que puede sufrir una persona por "
                                    "exposición indirecta y repetida al trauma de otras, por "
                                    "ejemplo al escuchar testimonios o revisar imágenes de "
                                    "violencia o de desastres.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Cuestionario: ética, dignidad y autocuidado",
                    "slug": "cuestionario-etica-y-autocuidado",
                    "intro": (
                        "<p>Siete preguntas sobre ética en la cobertura de desastres y "
                        "autocuidado. La última es de desarrollo y la corrige una persona del "
                        "equipo docente.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>Dos horas después de un deslizamiento, ¿cuál de estos "
                                    "titulares es el más adecuado?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Un buen titular atribuye la cifra a la fuente oficial, "
                                    "usa “al menos” para un conteo preliminar y evita el "
                                    "sensacionalismo.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "“Deslizamiento: al menos tres personas fallecidas, "
                                            "según protección civil; continúa la búsqueda”"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correcto: cifra atribuida, provisional y sin dramatizar."
                                        ),
                                    },
                                    {
                                        "text": "“¡Tragedia! Se teme que haya cien muertos bajo el barro”",
                                        "correct": False,
                                        "feedback": "Especula con cifras y dramatiza.",
                                    },
                                    {
                                        "text": "“La furia de la naturaleza sepultó al barrio”",
                                        "correct": False,
                                        "feedback": "Atribuye intención a la naturaleza y no informa.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Qué prácticas son adecuadas al cubrir situaciones que "
                                    "involucran a niñas, niños y adolescentes? Marca todas las "
                                    "opciones correctas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>El interés superior del niño guía la cobertura: no "
                                    "identificarlos, evaluar el daño aunque haya permiso y no "
                                    "entrevistarlos sobre el trauma sin acompañamiento.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {
                                        "text": (
                                            "Evitar datos que permitan identificarlos, como su "
                                            "rostro, nombre o escuela"
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": (
                                            "Evaluar el posible daño aunque la madre, el padre o "
                                            "el tutor hayan dado permiso"
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto: el permiso es necesario pero no suficiente.",
                                    },
                                    {
                                        "text": (
                                            "No entrevistarlos sobre experiencias traumáticas sin "
                                            "acompañamiento adecuado"
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Mostrar su rostro siempre que haya una autorización firmada",
                                        "correct": False,
                                        "feedback": (
                                            "La autorización no elimina el posible daño; hay que evaluarlo."
                                        ),
                                    },
                                    {
                                        "text": "Publicar el nombre de su escuela para movilizar donaciones",
                                        "correct": False,
                                        "feedback": "Permite identificarlos y ubicarlos.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>Verdadero o falso: es correcto publicar el nombre de una "
                                    "persona fallecida apenas un vecino la identifica, aunque su "
                                    "familia aún no haya sido notificada oficialmente.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Falso. La identidad de una persona fallecida se "
                                    "publica solo después de la identificación oficial y de la "
                                    "notificación a su familia.</p>"
                                ),
                                "correct": "false",
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>Verdadero o falso: reacciones como el insomnio o los "
                                    "recuerdos intrusivos después de cubrir un desastre son "
                                    "frecuentes; si persisten o afectan la vida diaria, conviene "
                                    "buscar apoyo profesional.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Verdadero. Son reacciones habituales que suelen "
                                    "disminuir con el tiempo; si no ocurre así, pedir ayuda es "
                                    "parte del cuidado profesional.</p>"
                                ),
                                "correct": "true",
                            },
                        },
                        {
                            "type": "matching",
                            "value": {
                                "prompt": (
                                    "<p>Relaciona cada expresión que conviene evitar con una "
                                    "alternativa más precisa.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Las alternativas describen el fenómeno y sus efectos "
                                    "con precisión y atribuyen los datos a su fuente.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "“Desastre natural”",
                                        "right": "“Desastre desencadenado por un sismo”",
                                    },
                                    {
                                        "left": "“Se teme que haya cientos de muertos”",
                                        "right": (
                                            "“Al menos tres personas fallecidas, según el último "
                                            "balance oficial”"
                                        ),
                                    },
                                    {
                                        "left": "“Los saqueadores tomaron el centro”",
                                        "right": "Hechos verificados sobre robos, con su fuente",
                                    },
                                    {
                                        "left": "“Caos total en la ciudad”",
                                        "right": "Qué servicios funcionan, cuáles no y qué hacer",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>¿Cómo se llama el daño adicional que sufre una persona "
                                    "ya afectada por la forma en que la tratan las instituciones "
                                    "o los medios? Responde con una palabra.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Es la <strong>revictimización</strong>, también "
                                    "llamada victimización secundaria.</p>"
                                ),
                                "accepted_answers": [
                                    "revictimización",
                                    "re-victimización",
                                    "victimización secundaria",
                                    "revictimizar",
                                ],
                            },
                        },
                        {
                            "type": "essay",
                            "value": {
                                "prompt": (
                                    "<p>Tu editor te pide, para la portada, una fotografía en "
                                    "primer plano de una persona que llora junto al cuerpo de un "
                                    "familiar tras una inundación. Explica qué le responderías y "
                                    "qué alternativa propondrías para mostrar la gravedad de lo "
                                    "ocurrido.</p>"
                                ),
                                "points": "3",
                                "feedback": (
                                    "<p>Revisa las preguntas que conviene hacerse antes de "
                                    "publicar una imagen y las alternativas al "
                                    "sensacionalismo.</p>"
                                ),
                                "rubric": (
                                    "<ul><li>Identifica los problemas éticos: consentimiento, "
                                    "dignidad, cuerpo identificable, posible revictimización, "
                                    "notificación a la familia.</li><li>Argumenta con criterios "
                                    "de interés público y no solo con preferencias "
                                    "personales.</li><li>Propone una alternativa concreta (por "
                                    "ejemplo, una imagen del daño sin personas identificables, "
                                    "del trabajo de rescate o de la comunidad "
                                    "organizada).</li><li>Mantiene un tono profesional y "
                                    "respetuoso con el editor.</li></ul>"
                                ),
                                "max_words": 300,
                            },
                        },
                    ],
                },
            ],
        },
    ],
}

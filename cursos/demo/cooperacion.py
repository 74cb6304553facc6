"""Demo course: formulación de proyectos de cooperación internacional para personal municipal."""

COURSE = {
    "title": "Formulación de proyectos de cooperación internacional",
    "slug": "formulacion-de-proyectos",
    "summary": (
        "Aprende a formular proyectos de cooperación internacional para tu municipio: árbol de "
        "problemas, actores, marco lógico, indicadores, presupuesto, fuentes de financiamiento y "
        "cooperación Sur-Sur entre ciudades."
    ),
    "description": (
        "<p>Este curso acompaña al personal municipal en la formulación de proyectos de cooperación"
        " internacional, desde el diagnóstico del problema hasta la preparación de una propuesta "
        "sólida para una convocatoria.</p><p>A lo largo de cuatro módulos trabajarás con un caso "
        "ilustrativo, el de un municipio ficticio que quiere llevar agua potable a sus barrios "
        "periurbanos, y aprenderás a:</p><ul><li>construir el árbol de problemas y el árbol de "
        "objetivos, y seleccionar la alternativa de intervención;</li><li>analizar a los actores "
        "involucrados y a los beneficiarios;</li><li>elaborar la matriz de marco lógico y formular "
        "indicadores verificables;</li><li>preparar un presupuesto coherente, con contrapartida "
        "local y cronograma de desembolsos;</li><li>identificar fuentes de financiamiento y leer "
        "una convocatoria con método;</li><li>aprovechar la cooperación Sur-Sur y triangular y los "
        "intercambios entre ciudades.</li></ul><p>Cada módulo termina con un cuestionario. Al "
        "completar las lecciones y aprobar los cuestionarios, obtienes tu certificado.</p>"
    ),
    "audience": "municipal",
    "programme": "cooperation",
    "language": "es",
    "estimated_hours": 10,
    "tags": [
        "cooperación internacional",
        "formulación de proyectos",
        "marco lógico",
        "presupuesto",
        "cooperación sur-sur",
        "gobiernos locales",
    ],
    "modules": [
        {
            "title": "Diagnóstico: problemas, objetivos y actores",
            "slug": "diagnostico-problemas-objetivos-y-actores",
            "summary": (
                "Construye el árbol de problemas y el árbol de objetivos, selecciona la alternativa"
                " de intervención y analiza a los actores involucrados en el proyecto."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "El árbol de problemas",
                    "slug": "el-arbol-de-problemas",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "heading",
                            "value": "Por qué empezar por el problema",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un proyecto de cooperación es una respuesta organizada a un "
                                "problema concreto. Si el problema está mal definido, todo lo que "
                                "viene después (objetivos, indicadores, presupuesto) se construye "
                                "sobre una base débil. Por eso las metodologías de planificación "
                                "por objetivos, y en particular la metodología de marco lógico, "
                                "comienzan con un análisis participativo de la situación que se "
                                "quiere cambiar.</p><p>El <strong>árbol de problemas</strong> es la"
                                " herramienta más usada para ese análisis. Permite ordenar en un "
                                "solo diagrama el <strong>problema central</strong>, sus "
                                "<strong>causas</strong> (las raíces) y sus "
                                "<strong>efectos</strong> (las ramas), de modo que el equipo "
                                "municipal y la comunidad compartan una misma lectura de la "
                                "realidad.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Cómo se construye",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><strong>Reúne a las personas involucradas.</strong> "
                                "Convoca a personal técnico de las áreas municipales pertinentes, a"
                                " representantes de la comunidad afectada y a otras instituciones "
                                "relacionadas. Un árbol hecho solo desde el escritorio suele omitir"
                                " causas importantes.</li><li><strong>Haz una lluvia de "
                                "problemas.</strong> Pide a cada participante que anote, en "
                                "tarjetas, los problemas que percibe. Cada tarjeta debe contener un"
                                " solo problema.</li><li><strong>Acuerda el problema "
                                "central.</strong> Elige el problema que mejor resume la situación "
                                "y sobre el cual el municipio y sus socios tienen capacidad real de"
                                " actuar.</li><li><strong>Ubica las causas debajo y los efectos "
                                "encima.</strong> Pregunta «¿por qué ocurre esto?» para bajar hacia"
                                " las causas y «¿qué consecuencias tiene?» para subir hacia los "
                                "efectos. Organiza las tarjetas en niveles: causas directas, causas"
                                " de las causas, efectos directos y efectos "
                                "indirectos.</li><li><strong>Revisa la lógica.</strong> Lee el "
                                "árbol de abajo hacia arriba comprobando que cada relación sea de "
                                "causa a efecto. Corrige, agrega o elimina tarjetas hasta que el "
                                "diagrama sea coherente.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Un problema no es la falta de una solución",
                                "text": (
                                    "<p>Evita formular el problema como la ausencia de algo que ya "
                                    "imaginas como respuesta: «falta de una planta potabilizadora» "
                                    "o «no hay un programa de reciclaje». Esa redacción cierra de "
                                    "antemano otras alternativas. Formula, en cambio, una situación"
                                    " negativa existente: «las familias del sector norte consumen "
                                    "agua que no es apta para el consumo humano».</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Algunas reglas de redacción ayudan a que el árbol sea "
                                "útil:</p><ul><li>Escribe cada problema como un <strong>estado "
                                "negativo</strong> y en una frase breve.</li><li>Identifica a "
                                "<strong>quién afecta</strong> y, cuando corresponda, "
                                "<strong>dónde</strong>: un barrio, un grupo de población, un "
                                "servicio.</li><li>Distingue los problemas reales de los problemas "
                                "supuestos: si no hay información que lo respalde, anótalo como "
                                "algo por verificar.</li><li>Evita problemas tan amplios que ningún"
                                " proyecto municipal podría abordarlos, como «la pobreza del "
                                "país».</li></ul>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": (
                                    "Caso ilustrativo: el agua en los barrios periurbanos de San Esteban"
                                ),
                                "context": (
                                    "<p><em>San Esteban es un municipio ficticio, creado para este "
                                    "curso.</em> En los últimos años se formaron cuatro barrios en "
                                    "la periferia norte de la ciudad, fuera del área servida por la"
                                    " red de agua potable. Las familias se abastecen con camiones "
                                    "cisterna, conexiones informales y pozos poco profundos. El "
                                    "centro de salud del sector registra consultas frecuentes por "
                                    "enfermedades diarreicas.</p>"
                                ),
                                "analysis": (
                                    "<p>En el taller, el equipo municipal y las juntas vecinales "
                                    "acordaron este problema central: <strong>«las familias de los "
                                    "barrios periurbanos del sector norte no tienen acceso continuo"
                                    " a agua apta para el consumo "
                                    "humano»</strong>.</p><ul><li><strong>Causas "
                                    "identificadas:</strong> la red de distribución no llega a los "
                                    "barrios; las conexiones informales tienen pérdidas y riesgo de"
                                    " contaminación; no existe una organización barrial que "
                                    "colabore en la gestión del servicio; muchas familias almacenan"
                                    " el agua en recipientes sin tapa.</li><li><strong>Efectos "
                                    "identificados:</strong> mayor frecuencia de enfermedades "
                                    "gastrointestinales, especialmente en la niñez; gasto elevado "
                                    "de los hogares en agua comprada; horas dedicadas a acarrear "
                                    "agua, una tarea que en estos barrios recae sobre todo en las "
                                    "mujeres.</li></ul>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué causa dejarías fuera del alcance de un proyecto "
                                    "municipal y por qué?</li><li>¿Qué información necesitarías "
                                    "para confirmar que las enfermedades están relacionadas con la "
                                    "calidad del agua?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Problema central",
                                "definition": (
                                    "<p>Situación negativa que afecta a un grupo de población y que"
                                    " el proyecto se propone cambiar. Ocupa el tronco del árbol de "
                                    "problemas: debajo se ubican sus causas y encima, sus "
                                    "efectos.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Idea clave",
                                "text": (
                                    "<p>El árbol de problemas no es un trámite previo a la "
                                    "formulación: es la base de la lógica del proyecto. Las causas "
                                    "que identifiques se convertirán en los medios y los "
                                    "componentes de tu intervención, y los efectos te indicarán a "
                                    "qué fines contribuye.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Del árbol de objetivos a la selección de alternativas",
                    "slug": "del-arbol-de-objetivos-a-la-seleccion-de-alternativas",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "heading",
                            "value": "Convertir problemas en situaciones deseadas",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>El <strong>árbol de objetivos</strong> se obtiene transformando"
                                " cada tarjeta del árbol de problemas en una situación positiva, es"
                                " decir, en la situación que existiría si el problema se "
                                "resolviera. Así, «las familias no tienen acceso continuo a agua "
                                "apta para el consumo» se convierte en «las familias tienen acceso "
                                "continuo a agua apta para el consumo».</p><p>Con esa conversión, "
                                "las relaciones de <strong>causa y efecto</strong> pasan a ser "
                                "relaciones de <strong>medios y fines</strong>:</p><ul><li>las "
                                "<strong>causas</strong> se convierten en <strong>medios</strong>: "
                                "lo que hay que lograr para alcanzar el objetivo "
                                "central;</li><li>el <strong>problema central</strong> se convierte"
                                " en el <strong>objetivo central</strong>;</li><li>los "
                                "<strong>efectos</strong> se convierten en <strong>fines</strong>: "
                                "los cambios más amplios a los que el proyecto "
                                "contribuye.</li></ul>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Árbol de problemas",
                                        "Árbol de objetivos",
                                        "Ejemplo de San Esteban (ilustrativo)",
                                    ],
                                    [
                                        "Efecto",
                                        "Fin",
                                        (
                                            "Disminuyen las enfermedades gastrointestinales en la "
                                            "niñez del sector norte"
                                        ),
                                    ],
                                    [
                                        "Problema central",
                                        "Objetivo central",
                                        (
                                            "Las familias de los barrios periurbanos tienen acceso "
                                            "continuo a agua apta para el consumo"
                                        ),
                                    ],
                                    [
                                        "Causa",
                                        "Medio",
                                        "La red de distribución llega a los cuatro barrios",
                                    ],
                                    [
                                        "Causa",
                                        "Medio",
                                        "Existe un comité barrial que colabora en la gestión del servicio",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": False,
                                "table_caption": (
                                    "Correspondencia entre el árbol de problemas y el árbol de objetivos"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Revisa lo que resulta irreal",
                                "text": (
                                    "<p>La conversión no es mecánica. Algunas situaciones positivas"
                                    " resultan imposibles o poco realistas tal como quedaron "
                                    "escritas. Ajusta la redacción («se reduce…» en lugar de "
                                    "«desaparece…»), agrega medios que falten y elimina los que no "
                                    "aporten. Luego lee el árbol de abajo hacia arriba: si se "
                                    "logran los medios, ¿se alcanza el objetivo central?</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "Identificar y seleccionar alternativas",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Ningún proyecto aborda todos los medios del árbol. Agrupa los "
                                "medios de la base que se relacionan entre sí en "
                                "<strong>alternativas</strong> o estrategias posibles, y "
                                "compáralas. En el caso de San Esteban, una alternativa sería "
                                "ampliar la red pública; otra, instalar puntos de abastecimiento "
                                "comunitarios con tratamiento; una tercera, combinar la ampliación "
                                "de la red con la organización barrial y una campaña de "
                                "almacenamiento seguro.</p><p>Para elegir, define con tu equipo "
                                "criterios explícitos y, si es útil, asígnales un peso. Los más "
                                "frecuentes son:</p><ul><li>contribución al objetivo central y "
                                "prioridad para la población afectada;</li><li>costo total y costo "
                                "de operación y mantenimiento después del "
                                "proyecto;</li><li>viabilidad técnica, legal y "
                                "ambiental;</li><li>capacidad institucional del municipio para "
                                "ejecutarla y sostenerla;</li><li>plazo de ejecución y riesgos "
                                "principales;</li><li>coherencia con el plan de desarrollo local y "
                                "con las prioridades de las posibles fuentes de "
                                "financiamiento.</li></ul>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: San Esteban elige su alternativa",
                                "context": (
                                    "<p><em>Caso ficticio.</em> El equipo de San Esteban comparó "
                                    "tres alternativas con los criterios anteriores. Los puntos de "
                                    "abastecimiento comunitarios eran más baratos, pero no "
                                    "resolvían la continuidad del servicio dentro de los hogares. "
                                    "La ampliación de la red por sí sola era viable, pero el área "
                                    "técnica advirtió que, sin organización barrial, las conexiones"
                                    " informales volverían a aparecer.</p>"
                                ),
                                "analysis": (
                                    "<p>El equipo seleccionó la alternativa combinada: ampliación "
                                    "de la red, conformación y capacitación de un comité barrial de"
                                    " agua y una campaña sobre almacenamiento seguro. Esta decisión"
                                    " define el <strong>alcance del proyecto</strong>: los medios "
                                    "elegidos serán sus componentes, y las causas que quedaron "
                                    "fuera (por ejemplo, la regulación del crecimiento urbano) se "
                                    "tratarán por otras vías o se registrarán como supuestos.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué criterio te parece decisivo en este caso y por "
                                    "qué?</li><li>¿Quién debería participar en la ponderación de "
                                    "los criterios?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Árbol de objetivos",
                                "definition": (
                                    "<p>Diagrama que presenta la situación deseada, obtenida al "
                                    "convertir en positivo cada elemento del árbol de problemas. "
                                    "Muestra relaciones de medios y fines.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Del árbol a la matriz",
                                "text": (
                                    "<p>La alternativa seleccionada es la materia prima de la "
                                    "matriz de marco lógico: el objetivo central se convierte en el"
                                    " propósito, los medios elegidos en componentes o resultados, y"
                                    " los fines en el objetivo general al que el proyecto "
                                    "contribuye.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Análisis de actores involucrados",
                    "slug": "analisis-de-actores-involucrados",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "heading",
                            "value": "Quiénes están en juego",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Todo proyecto afecta y es afectado por personas, grupos e "
                                "instituciones con intereses propios: la población destinataria, "
                                "las áreas del municipio, otros niveles de gobierno, empresas "
                                "prestadoras de servicios, organizaciones sociales, universidades y"
                                " financiadores. El <strong>análisis de involucrados</strong> "
                                "permite identificarlos, entender su posición frente al problema y "
                                "prever cómo pueden apoyar u obstaculizar la "
                                "intervención.</p><p>Este análisis se hace al comienzo del "
                                "diagnóstico, junto con el árbol de problemas, y se actualiza "
                                "durante la ejecución, porque las posiciones de los actores "
                                "cambian.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "La matriz de involucrados",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Una forma clásica de ordenar la información es una matriz con "
                                "cuatro columnas por cada actor o "
                                "grupo:</p><ul><li><strong>Intereses:</strong> qué espera o teme "
                                "del proyecto.</li><li><strong>Problemas percibidos:</strong> cómo "
                                "vive el problema desde su posición.</li><li><strong>Recursos y "
                                "mandatos:</strong> qué puede aportar (dinero, conocimiento, "
                                "influencia, infraestructura) y qué competencias formales "
                                "tiene.</li><li><strong>Posición o nivel de apoyo:</strong> en "
                                "muchas versiones se agrega una columna sobre si apoya, es neutral "
                                "o se opone.</li></ul>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Actor",
                                        "Intereses",
                                        "Problemas percibidos",
                                        "Recursos y mandatos",
                                    ],
                                    [
                                        "Familias de los barrios periurbanos",
                                        "Agua continua y segura a un costo que puedan pagar",
                                        "Gasto en camiones cisterna; enfermedades; tiempo de acarreo",
                                        "Organización vecinal; mano de obra; conocimiento del territorio",
                                    ],
                                    [
                                        "Dirección municipal de obras",
                                        "Ejecutar la obra en plazo y con calidad",
                                        "Falta de estudios técnicos actualizados de la zona",
                                        "Personal técnico; competencia sobre obras públicas locales",
                                    ],
                                    [
                                        "Empresa prestadora del servicio de agua",
                                        "Incorporar usuarios formales y reducir pérdidas",
                                        "Conexiones informales que generan pérdidas",
                                        "Capacidad técnica; operación y mantenimiento de la red",
                                    ],
                                    [
                                        "Centro de salud del sector",
                                        "Reducir las enfermedades de origen hídrico",
                                        "Alta demanda de atención por diarreas",
                                        "Registros de atención; promotores de salud",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Matriz de involucrados del caso ilustrativo de San Esteban"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "La matriz de poder e interés",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Para decidir cómo relacionarte con cada actor, ubícalo en una "
                                "matriz de dos ejes: su <strong>poder</strong> o capacidad de "
                                "influir en el proyecto y su <strong>interés</strong> en él. "
                                "Resultan cuatro cuadrantes con estrategias "
                                "distintas:</p><ul><li><strong>Alto poder, alto interés:</strong> "
                                "involúcralo de cerca y gestiona la relación de forma activa (por "
                                "ejemplo, la empresa prestadora).</li><li><strong>Alto poder, bajo "
                                "interés:</strong> mantenlo satisfecho e informado de lo esencial, "
                                "sin sobrecargarlo (por ejemplo, un ministerio "
                                "nacional).</li><li><strong>Bajo poder, alto interés:</strong> "
                                "mantenlo informado y abre canales de participación (con "
                                "frecuencia, la población afectada, cuya voz el proyecto debe "
                                "fortalecer).</li><li><strong>Bajo poder, bajo interés:</strong> "
                                "monitorea su posición con un esfuerzo mínimo.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Cuidado con reducir a las personas a un cuadrante",
                                "text": (
                                    "<p>Que la población afectada tenga «bajo poder» en la matriz "
                                    "es un diagnóstico, no una recomendación. Un proyecto de "
                                    "cooperación serio busca que las personas destinatarias "
                                    "participen en las decisiones, no solo que estén "
                                    "informadas.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<h3>Beneficiarios directos e indirectos</h3><p>Las convocatorias "
                                "suelen pedir que cuantifiques y describas a quienes se "
                                "beneficiarán. Los <strong>beneficiarios directos</strong> reciben "
                                "los bienes o servicios del proyecto o participan en sus "
                                "actividades: en el caso de San Esteban, los hogares que obtienen "
                                "conexión a la red y las personas que integran el comité barrial. "
                                "Los <strong>beneficiarios indirectos</strong> se benefician como "
                                "consecuencia de los cambios logrados, sin participar directamente:"
                                " por ejemplo, el centro de salud, que atiende menos consultas, o "
                                "los barrios vecinos. Explica siempre cómo calculaste cada cifra y "
                                "desagrega los datos por sexo y edad cuando sea posible.</p>"
                            ),
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Actor involucrado",
                                "definition": (
                                    "<p>Persona, grupo u organización que tiene interés en el "
                                    "proyecto, que puede influir en él o que se verá afectada por "
                                    "sus resultados, de manera positiva o negativa.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Cuestionario del módulo 1: diagnóstico",
                    "slug": "cuestionario-modulo-1-diagnostico",
                    "intro": (
                        "<p>Comprueba lo que aprendiste sobre el árbol de problemas, el árbol de "
                        "objetivos y el análisis de involucrados. Necesitas al menos un 70 % para "
                        "aprobar. La pregunta de desarrollo la corrige una persona del equipo "
                        "docente.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Cuál de estas formulaciones es la más adecuada para el "
                                    "problema central de un árbol de problemas?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>El problema central se redacta como una situación negativa "
                                    "existente, indicando a quién afecta, sin anticipar la "
                                    "solución.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": "Falta de una planta potabilizadora en el sector norte.",
                                        "correct": False,
                                        "feedback": (
                                            "Esta redacción describe la ausencia de una solución y "
                                            "cierra otras alternativas."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Las familias del sector norte no tienen acceso "
                                            "continuo a agua apta para el consumo humano."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correcto: es un estado negativo, concreto y referido a"
                                            " un grupo de población."
                                        ),
                                    },
                                    {
                                        "text": "La pobreza en el país.",
                                        "correct": False,
                                        "feedback": (
                                            "Es un problema demasiado amplio para que un proyecto "
                                            "municipal pueda abordarlo."
                                        ),
                                    },
                                    {
                                        "text": "Mejorar el servicio de agua.",
                                        "correct": False,
                                        "feedback": (
                                            "Es un objetivo, no un problema, y además es muy general."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>Al convertir el árbol de problemas en árbol de objetivos, "
                                    "¿en qué se convierten las <strong>causas</strong>? Responde "
                                    "con una palabra.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Las causas se convierten en medios; el problema central, en"
                                    " objetivo central, y los efectos, en fines.</p>"
                                ),
                                "accepted_answers": [
                                    "medios",
                                    "medio",
                                    "los medios",
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>Un proyecto bien formulado debe abordar todos los medios "
                                    "que aparecen en el árbol de objetivos.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Falso. Los medios se agrupan en alternativas y se "
                                    "selecciona la más conveniente según criterios explícitos. Lo "
                                    "que queda fuera se aborda por otras vías o se considera en los"
                                    " supuestos.</p>"
                                ),
                                "correct": "false",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Qué columnas forman parte de la matriz clásica de "
                                    "involucrados? Marca todas las correctas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>La matriz clásica registra, para cada actor, sus intereses,"
                                    " los problemas que percibe y sus recursos y mandatos.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {
                                        "text": "Intereses",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Problemas percibidos",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Recursos y mandatos",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Medios de verificación",
                                        "correct": False,
                                        "feedback": (
                                            "Es una columna de la matriz de marco lógico, no de la "
                                            "matriz de involucrados."
                                        ),
                                    },
                                    {
                                        "text": "Cronograma de desembolsos",
                                        "correct": False,
                                        "feedback": (
                                            "Forma parte del presupuesto, no del análisis de involucrados."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "matching",
                            "value": {
                                "prompt": (
                                    "<p>Relaciona cada cuadrante de la matriz de poder e interés "
                                    "con la estrategia que le corresponde.</p>"
                                ),
                                "points": "2",
                                "feedback": (
                                    "<p>Alto poder y alto interés: involucrar de cerca. Alto poder "
                                    "y bajo interés: mantener satisfecho. Bajo poder y alto "
                                    "interés: mantener informado y abrir canales de participación. "
                                    "Bajo poder y bajo interés: monitorear.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "Alto poder, alto interés",
                                        "right": "Involucrar de cerca y gestionar activamente",
                                    },
                                    {
                                        "left": "Alto poder, bajo interés",
                                        "right": "Mantener satisfecho",
                                    },
                                    {
                                        "left": "Bajo poder, alto interés",
                                        "right": "Mantener informado y abrir canales de participación",
                                    },
                                    {
                                        "left": "Bajo poder, bajo interés",
                                        "right": "Monitorear con esfuerzo mínimo",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "essay",
                            "value": {
                                "prompt": (
                                    "<p>Elige un problema real de tu municipio. Formula el problema"
                                    " central, indica al menos dos causas y dos efectos, y explica "
                                    "cómo se verían convertidos en el árbol de objetivos.</p>"
                                ),
                                "points": "3",
                                "feedback": (
                                    "<p>Revisa que tu problema central sea una situación negativa, "
                                    "concreta y sin una solución implícita, y que cada relación del"
                                    " árbol sea de causa a efecto.</p>"
                                ),
                                "rubric": (
                                    "<ul><li>El problema central está redactado como situación "
                                    "negativa, identifica a la población afectada y no anticipa una"
                                    " solución (1 punto).</li><li>Las causas y los efectos son "
                                    "pertinentes y guardan una relación lógica de causa y efecto (1"
                                    " punto).</li><li>La conversión al árbol de objetivos "
                                    "transforma correctamente causas en medios, problema en "
                                    "objetivo central y efectos en fines (1 punto).</li></ul>"
                                ),
                                "max_words": 300,
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "La matriz de marco lógico y sus indicadores",
            "slug": "matriz-de-marco-logico-e-indicadores",
            "summary": (
                "Organiza el proyecto en la matriz de marco lógico, comprueba su lógica vertical y "
                "horizontal y formula indicadores verificables con línea de base, meta y plazo."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "La estructura de la matriz de marco lógico",
                    "slug": "estructura-de-la-matriz-de-marco-logico",
                    "estimated_minutes": 30,
                    "body": [
                        {
                            "type": "heading",
                            "value": "Un proyecto en una sola página",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La <strong>matriz de marco lógico</strong> (MML) resume en una "
                                "tabla de cuatro filas y cuatro columnas qué quiere lograr el "
                                "proyecto, cómo sabrás si lo logró y de qué condiciones externas "
                                "depende. La usan numerosas agencias de cooperación, bancos de "
                                "desarrollo y ministerios de planificación de América Latina, por "
                                "lo que dominarla te permitirá responder a la mayoría de los "
                                "formularios de postulación.</p><p>La matriz no reemplaza al "
                                "documento del proyecto, pero es su columna vertebral: si la matriz"
                                " es coherente, el resto de la propuesta (presupuesto, cronograma, "
                                "plan de seguimiento) se ordena a partir de ella.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Las cuatro filas: niveles de objetivos",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Cada fila corresponde a un nivel de objetivos. Los nombres "
                                "varían según la institución, pero la lógica es la "
                                "misma:</p><ul><li><strong>Fin u objetivo general:</strong> el "
                                "cambio de largo plazo al que el proyecto <em>contribuye</em>, "
                                "junto con otras intervenciones. No se espera que el proyecto lo "
                                "logre por sí solo.</li><li><strong>Propósito u objetivo "
                                "específico:</strong> el cambio directo que el proyecto se "
                                "compromete a lograr en la población destinataria al terminar. Se "
                                "recomienda que haya un solo propósito.</li><li><strong>Componentes"
                                " o resultados:</strong> los bienes, servicios o capacidades que el"
                                " proyecto produce y que, en conjunto, permiten alcanzar el "
                                "propósito.</li><li><strong>Actividades:</strong> las tareas que "
                                "hay que realizar, con sus insumos, para producir cada "
                                "componente.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Las cuatro columnas",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><strong>Resumen narrativo:</strong> describe el fin, el "
                                "propósito, los componentes y las "
                                "actividades.</li><li><strong>Indicadores objetivamente "
                                "verificables:</strong> expresan cómo se medirá el logro de cada "
                                "nivel, con cantidad, calidad y tiempo. En la fila de actividades, "
                                "muchas metodologías registran aquí los insumos o el "
                                "presupuesto.</li><li><strong>Medios o fuentes de "
                                "verificación:</strong> indican dónde y cómo se obtendrá la "
                                "información de cada indicador.</li><li><strong>Supuestos:</strong>"
                                " factores externos, fuera del control del proyecto, que deben "
                                "cumplirse para pasar de un nivel al siguiente.</li></ul>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Nivel",
                                        "Resumen narrativo",
                                        "Indicadores",
                                        "Medios de verificación",
                                        "Supuestos",
                                    ],
                                    [
                                        "Fin",
                                        (
                                            "Contribuir a mejorar la salud de la población de los "
                                            "barrios periurbanos del sector norte de San Esteban"
                                        ),
                                        (
                                            "Las consultas por enfermedades diarreicas en menores "
                                            "de 5 años del sector disminuyen respecto de la línea "
                                            "de base, dos años después del cierre del proyecto"
                                        ),
                                        "Registros de atención del centro de salud del sector",
                                        (
                                            "El municipio mantiene su política de extensión de "
                                            "servicios básicos a los barrios periurbanos"
                                        ),
                                    ],
                                    [
                                        "Propósito",
                                        (
                                            "Las familias de los cuatro barrios periurbanos acceden"
                                            " de forma continua a agua apta para el consumo humano"
                                        ),
                                        (
                                            "Al mes 24, el 80 % de los hogares de los cuatro "
                                            "barrios recibe agua de la red al menos 20 horas "
                                            "diarias (línea de base: 0 %)"
                                        ),
                                        (
                                            "Registros de la empresa prestadora; encuesta de "
                                            "hogares de línea de base y final"
                                        ),
                                        (
                                            "Las familias adoptan prácticas seguras de "
                                            "almacenamiento e higiene; el centro de salud mantiene "
                                            "sus programas de prevención"
                                        ),
                                    ],
                                    [
                                        "Componentes",
                                        (
                                            "1. Red de distribución ampliada y conexiones "
                                            "domiciliarias instaladas. 2. Comité barrial de agua "
                                            "conformado y capacitado. 3. Campaña de almacenamiento "
                                            "seguro realizada"
                                        ),
                                        (
                                            "1. 1200 conexiones habilitadas al mes 18. 2. Comité "
                                            "con acta de constitución y 20 integrantes capacitados "
                                            "al mes 12. 3. 1200 hogares visitados al mes 20"
                                        ),
                                        (
                                            "Actas de recepción de obra; registro de conexiones; "
                                            "actas y listas de asistencia; informes de la campaña"
                                        ),
                                        (
                                            "La empresa prestadora garantiza caudal suficiente en "
                                            "la fuente; los hogares aceptan formalizar su conexión"
                                        ),
                                    ],
                                    [
                                        "Actividades",
                                        (
                                            "1.1 Elaborar el estudio técnico y el diseño. 1.2 "
                                            "Contratar y ejecutar las obras. 2.1 Convocar y "
                                            "conformar el comité. 2.2 Capacitar al comité. 3.1 "
                                            "Diseñar y ejecutar la campaña puerta a puerta"
                                        ),
                                        "Insumos y costos por actividad, según el presupuesto del proyecto",
                                        "Registros contables; contratos; informes de avance",
                                        (
                                            "Los precios de los materiales no varían de forma "
                                            "significativa; los procesos de contratación se "
                                            "completan en los plazos previstos"
                                        ),
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Estructura de la matriz de marco lógico con un ejemplo "
                                    "ilustrativo (municipio ficticio de San Esteban; cifras "
                                    "inventadas)"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "example",
                                "title": "Cómo leer el ejemplo",
                                "text": (
                                    "<p>Las cifras de la tabla son inventadas y solo sirven para "
                                    "mostrar cómo se redacta cada celda. Observa que el propósito "
                                    "está escrito como un cambio logrado en la población («las "
                                    "familias acceden…») y no como una acción del municipio "
                                    "(«ampliar la red»): las acciones van en la fila de "
                                    "actividades.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Matriz de marco lógico",
                                "definition": (
                                    "<p>Herramienta de planificación que resume un proyecto en una "
                                    "tabla de cuatro filas (fin, propósito, componentes y "
                                    "actividades) y cuatro columnas (resumen narrativo, "
                                    "indicadores, medios de verificación y supuestos).</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Lógica vertical, lógica horizontal y supuestos",
                    "slug": "logica-vertical-logica-horizontal-y-supuestos",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "heading",
                            "value": "La lógica vertical",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La lógica vertical se lee de abajo hacia arriba como una cadena"
                                " de condiciones «si… entonces…», que combina la primera y la "
                                "cuarta columna:</p><ul><li><strong>Si</strong> se realizan las "
                                "actividades <strong>y</strong> se cumplen los supuestos de ese "
                                "nivel, <strong>entonces</strong> se producen los "
                                "componentes.</li><li><strong>Si</strong> se producen los "
                                "componentes <strong>y</strong> se cumplen sus supuestos, "
                                "<strong>entonces</strong> se logra el "
                                "propósito.</li><li><strong>Si</strong> se logra el propósito "
                                "<strong>y</strong> se cumplen sus supuestos, "
                                "<strong>entonces</strong> el proyecto contribuye al "
                                "fin.</li></ul><p>Comprueba también que cada componente tenga las "
                                "actividades necesarias y suficientes, y que no haya actividades "
                                "que no conduzcan a ningún componente.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "La lógica horizontal",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La lógica horizontal se lee a lo largo de cada fila: cada "
                                "objetivo del resumen narrativo debe tener "
                                "<strong>indicadores</strong> que permitan saber si se alcanzó, y "
                                "cada indicador debe tener un <strong>medio de "
                                "verificación</strong> accesible y confiable. Si un indicador no "
                                "tiene dónde verificarse, o si obtener el dato cuesta más de lo "
                                "razonable, reformúlalo o prevé en el presupuesto cómo levantar esa"
                                " información (por ejemplo, una encuesta de línea de base y otra "
                                "final).</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Cómo formular buenos supuestos",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Los supuestos describen condiciones externas que el equipo del "
                                "proyecto no controla, pero que son importantes para el éxito. Para"
                                " decidir si un factor debe figurar como supuesto, hazte tres "
                                "preguntas:</p><ol><li>¿Es importante para alcanzar el nivel "
                                "siguiente? Si no lo es, no lo incluyas.</li><li>¿Está fuera del "
                                "control del proyecto? Si el proyecto puede asegurarlo, conviértelo"
                                " en una actividad o un componente.</li><li>¿Qué tan probable es "
                                "que se cumpla? Si es casi seguro, no hace falta anotarlo; si es "
                                "muy improbable y decisivo, estás ante un <strong>supuesto "
                                "fatal</strong>: rediseña el proyecto o reconsidera su "
                                "viabilidad.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Errores frecuentes",
                                "text": (
                                    "<ul><li>Poner como supuesto algo que el propio municipio debe "
                                    "hacer («el municipio aprueba la contrapartida»): eso es un "
                                    "compromiso, no un supuesto.</li><li>Repetir el mismo objetivo "
                                    "con otras palabras en dos niveles distintos.</li><li>Redactar "
                                    "el propósito como la suma de los componentes, en lugar de como"
                                    " el cambio que estos producen.</li><li>Incluir varios "
                                    "propósitos: si tienes dos, probablemente tienes dos "
                                    "proyectos.</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: revisión de la matriz de San Esteban",
                                "context": (
                                    "<p><em>Caso ficticio.</em> En la primera versión de la matriz,"
                                    " el equipo de San Esteban había escrito como supuesto del "
                                    "nivel de componentes: «la dirección municipal de obras "
                                    "supervisa la construcción».</p>"
                                ),
                                "analysis": (
                                    "<p>Al revisar la lógica vertical, el equipo concluyó que la "
                                    "supervisión de la obra depende del propio municipio. La "
                                    "trasladó a la fila de actividades («supervisar la ejecución de"
                                    " las obras») y la costeó en el presupuesto. En cambio, mantuvo"
                                    " como supuesto que la empresa prestadora garantice caudal "
                                    "suficiente en la fuente, porque es una entidad distinta cuyo "
                                    "compromiso el proyecto puede promover, pero no asegurar.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué haría el equipo si la empresa prestadora "
                                    "anunciara que no puede garantizar el caudal?</li><li>¿Cómo "
                                    "podría reducirse ese riesgo antes de presentar el "
                                    "proyecto?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Supuesto",
                                "definition": (
                                    "<p>Condición externa, fuera del control del equipo del "
                                    "proyecto, que debe cumplirse para que el logro de un nivel de "
                                    "objetivos conduzca al nivel siguiente.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Indicadores y medios de verificación",
                    "slug": "indicadores-y-medios-de-verificacion",
                    "estimated_minutes": 30,
                    "body": [
                        {
                            "type": "heading",
                            "value": "Qué es un buen indicador",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un indicador es una variable que permite medir el grado en que "
                                "se alcanza un objetivo. Dos listas de criterios te ayudarán a "
                                "revisarlos:</p><ul><li><strong>SMART:</strong> específico, "
                                "medible, alcanzable, relevante y acotado en el tiempo "
                                "(<em>specific, measurable, achievable, relevant, "
                                "time-bound</em>).</li><li><strong>CREMA:</strong> claro, "
                                "relevante, económico, monitoreable y adecuado. Es la versión en "
                                "español del criterio CREAM difundido por el Banco Mundial para "
                                "sistemas de seguimiento y evaluación basados en "
                                "resultados.</li></ul><p>Ambas listas apuntan a lo mismo: que "
                                "cualquier persona, leyendo el indicador, entienda qué se mide, "
                                "pueda obtener el dato a un costo razonable y sepa cuándo debe "
                                "alcanzarse la meta.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Línea de base, meta y plazo",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un indicador completo tiene tres elementos además de la "
                                "variable medida:</p><ul><li><strong>Línea de base:</strong> el "
                                "valor del indicador antes de comenzar el proyecto. Sin ella no "
                                "puedes demostrar cambio.</li><li><strong>Meta:</strong> el valor "
                                "que esperas alcanzar.</li><li><strong>Plazo:</strong> el momento "
                                "en que debe alcanzarse la meta.</li></ul><p>Compara: «mejora el "
                                "acceso al agua» no es un indicador; «porcentaje de hogares de los "
                                "cuatro barrios que reciben agua de la red al menos 20 horas "
                                "diarias: de 0 % (línea de base) a 80 % al mes 24» sí lo es. Cuando"
                                " no exista información previa, incluye en el proyecto una "
                                "actividad para levantar la línea de base al inicio.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Tipos de indicadores según el nivel",
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Tipo",
                                        "Qué mide",
                                        "Nivel de la matriz",
                                        "Ejemplo ilustrativo",
                                    ],
                                    [
                                        "De proceso o de gestión",
                                        "El avance de las actividades y el uso de los insumos",
                                        "Actividades",
                                        "Porcentaje del presupuesto de obras ejecutado según el cronograma",
                                    ],
                                    [
                                        "De producto",
                                        "Los bienes y servicios entregados por el proyecto",
                                        "Componentes",
                                        "Número de conexiones domiciliarias habilitadas",
                                    ],
                                    [
                                        "De resultado",
                                        "Los cambios directos en la población destinataria",
                                        "Propósito",
                                        "Porcentaje de hogares con agua de la red al menos 20 horas diarias",
                                    ],
                                    [
                                        "De impacto",
                                        "Los cambios de largo plazo a los que el proyecto contribuye",
                                        "Fin",
                                        (
                                            "Variación de las consultas por enfermedades diarreicas"
                                            " en menores de 5 años"
                                        ),
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Tipos de indicadores y su ubicación en la matriz de marco lógico"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Algunas metodologías agrupan los indicadores de producto dentro"
                                " de los de proceso, y otras hablan de indicadores de efecto en "
                                "lugar de resultado. Usa la terminología que pida cada financiador,"
                                " pero mantén la distinción de fondo: lo que el proyecto "
                                "<em>hace</em>, lo que <em>entrega</em> y lo que "
                                "<em>cambia</em>.</p><h3>Medios de verificación</h3><p>Para cada "
                                "indicador, indica la <strong>fuente</strong> (registros "
                                "administrativos municipales, estadísticas oficiales, encuestas "
                                "propias, actas, fotografías georreferenciadas, informes técnicos),"
                                " <strong>quién</strong> recoge la información y <strong>con qué "
                                "frecuencia</strong>. Prefiere fuentes que ya existen y que "
                                "seguirán existiendo después del proyecto; si necesitas una "
                                "encuesta propia, inclúyela como actividad con su costo.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Menos indicadores, mejor elegidos",
                                "text": (
                                    "<p>Dos o tres indicadores sólidos por nivel suelen ser "
                                    "suficientes. Cada indicador adicional implica tiempo y dinero "
                                    "para recoger datos. Si un indicador no va a cambiar ninguna "
                                    "decisión ni a demostrar ningún logro, elimínalo.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Línea de base",
                                "definition": (
                                    "<p>Valor de un indicador medido antes de iniciar la "
                                    "intervención. Es el punto de comparación para establecer la "
                                    "meta y demostrar el cambio logrado.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Cuestionario del módulo 2: marco lógico e indicadores",
                    "slug": "cuestionario-modulo-2-marco-logico",
                    "intro": (
                        "<p>Pon a prueba tu comprensión de la matriz de marco lógico, su lógica y "
                        "sus indicadores. Necesitas al menos un 70 % para aprobar.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "numeric",
                            "value": {
                                "prompt": (
                                    "<p>¿Cuántas columnas tiene la matriz de marco lógico estándar "
                                    "(sin contar la columna que nombra los niveles)?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Son cuatro: resumen narrativo, indicadores objetivamente "
                                    "verificables, medios de verificación y supuestos.</p>"
                                ),
                                "answer": "4",
                                "tolerance": "0",
                                "unit": "",
                            },
                        },
                        {
                            "type": "matching",
                            "value": {
                                "prompt": (
                                    "<p>Relaciona cada columna de la matriz de marco lógico con lo "
                                    "que contiene.</p>"
                                ),
                                "points": "2",
                                "feedback": (
                                    "<p>Resumen narrativo: los objetivos y las actividades. "
                                    "Indicadores: cómo se mide el logro. Medios de verificación: "
                                    "dónde se obtiene la información. Supuestos: condiciones "
                                    "externas necesarias.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "Resumen narrativo",
                                        "right": "Fin, propósito, componentes y actividades del proyecto",
                                    },
                                    {
                                        "left": "Indicadores objetivamente verificables",
                                        "right": (
                                            "Cantidad, calidad y tiempo con que se mide el logro de"
                                            " cada nivel"
                                        ),
                                    },
                                    {
                                        "left": "Medios de verificación",
                                        "right": (
                                            "Fuentes de donde se obtiene la información de cada indicador"
                                        ),
                                    },
                                    {
                                        "left": "Supuestos",
                                        "right": (
                                            "Condiciones externas, fuera del control del proyecto, "
                                            "que deben cumplirse"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "ordering",
                            "value": {
                                "prompt": (
                                    "<p>Ordena los pasos para pasar del diagnóstico a una matriz de"
                                    " marco lógico completa.</p>"
                                ),
                                "points": "2",
                                "feedback": (
                                    "<p>Primero se analiza el problema, luego se construye la "
                                    "situación deseada y se elige la alternativa; con ella se "
                                    "redacta el resumen narrativo, y recién entonces se definen los"
                                    " indicadores y sus medios de verificación.</p>"
                                ),
                                "items": [
                                    "Construir el árbol de problemas",
                                    "Convertirlo en árbol de objetivos",
                                    "Seleccionar la alternativa de intervención",
                                    (
                                        "Redactar el resumen narrativo: fin, propósito, componentes"
                                        " y actividades"
                                    ),
                                    "Formular los indicadores de cada nivel",
                                    "Identificar los medios de verificación de cada indicador",
                                ],
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Cuál de estas frases está mejor redactada como "
                                    "<strong>propósito</strong> de un proyecto?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>El propósito describe el cambio directo que se logra en la "
                                    "población destinataria al terminar el proyecto.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": "Ampliar la red de agua potable en el sector norte.",
                                        "correct": False,
                                        "feedback": (
                                            "Es una acción del municipio; corresponde a actividades"
                                            " o componentes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Las familias de los barrios del sector norte acceden "
                                            "de forma continua a agua apta para el consumo."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correcto: es un cambio logrado en la población destinataria."
                                        ),
                                    },
                                    {
                                        "text": "Contribuir al desarrollo sostenible del país.",
                                        "correct": False,
                                        "feedback": "Es demasiado amplio incluso para el nivel de fin.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>«El municipio aprueba la contrapartida comprometida» es un "
                                    "supuesto correctamente formulado.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Falso. Depende del propio municipio que presenta el "
                                    "proyecto, por lo que es un compromiso, no una condición "
                                    "externa.</p>"
                                ),
                                "correct": "false",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Qué elementos debe tener un indicador completo? Marca "
                                    "todas las correctas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Un indicador completo define la variable que se mide, su "
                                    "línea de base, la meta y el plazo, y tiene un medio de "
                                    "verificación.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {
                                        "text": "Línea de base",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Meta",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Plazo",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Una redacción general que admita varias interpretaciones",
                                        "correct": False,
                                        "feedback": (
                                            "Al contrario: un indicador debe ser claro y específico."
                                        ),
                                    },
                                    {
                                        "text": "El nombre del financiador",
                                        "correct": False,
                                        "feedback": "No forma parte del indicador.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>¿Cómo se llama el valor de un indicador medido antes de "
                                    "iniciar el proyecto?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Es la línea de base, el punto de comparación para fijar la "
                                    "meta y demostrar el cambio.</p>"
                                ),
                                "accepted_answers": [
                                    "línea de base",
                                    "linea base",
                                    "línea base",
                                    "la línea de base",
                                    "valor de base",
                                ],
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Presupuesto y fuentes de financiamiento",
            "slug": "presupuesto-y-fuentes-de-financiamiento",
            "summary": (
                "Elabora un presupuesto coherente con el marco lógico, con contrapartida y "
                "cronograma de desembolsos, identifica fuentes de financiamiento y aprende a leer "
                "una convocatoria."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "El presupuesto del proyecto",
                    "slug": "el-presupuesto-del-proyecto",
                    "estimated_minutes": 30,
                    "body": [
                        {
                            "type": "heading",
                            "value": "El presupuesto traduce la matriz a recursos",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>El presupuesto no es un anexo que se completa al final: es la "
                                "expresión en dinero de las actividades de la matriz de marco "
                                "lógico. Quien evalúa una propuesta comprueba que cada actividad "
                                "tenga recursos asignados y que cada gasto responda a una "
                                "actividad. Un presupuesto inflado o, al contrario, insuficiente "
                                "para lo que se promete, resta credibilidad a todo el "
                                "proyecto.</p><p>Los financiadores suelen pedir el presupuesto "
                                "organizado de dos maneras, que deben coincidir: <strong>por "
                                "actividades</strong> (o por componentes) y <strong>por "
                                "rubros</strong> o partidas de gasto.</p><h3>Rubros "
                                "habituales</h3><ul><li><strong>Personal:</strong> equipo del "
                                "proyecto, con dedicación y período.</li><li><strong>Servicios "
                                "técnicos y consultorías:</strong> estudios, diseños, "
                                "capacitaciones externas, auditorías.</li><li><strong>Obras e "
                                "infraestructura.</strong></li><li><strong>Equipos y "
                                "suministros.</strong></li><li><strong>Viajes y "
                                "desplazamientos.</strong></li><li><strong>Comunicación y "
                                "visibilidad</strong>, cuando el financiador lo "
                                "exige.</li><li><strong>Seguimiento y evaluación:</strong> línea de"
                                " base, evaluación final, informes.</li><li><strong>Costos "
                                "indirectos:</strong> gastos administrativos generales de la "
                                "entidad ejecutora.</li></ul><p>Calcula cada partida a partir de "
                                "cantidades y costos unitarios («3 talleres × 40 personas × costo "
                                "por persona»), documenta de dónde salen los precios (cotizaciones,"
                                " precios de referencia municipales) y respeta las categorías y los"
                                " límites que fija cada convocatoria.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Costos directos e indirectos",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Los <strong>costos directos</strong> se vinculan de manera "
                                "identificable con las actividades del proyecto: la obra, los "
                                "talleres, el personal asignado. Los <strong>costos "
                                "indirectos</strong> son gastos generales de la institución que el "
                                "proyecto ayuda a sostener pero que no se pueden atribuir a una "
                                "actividad concreta, como parte de la administración o la "
                                "contabilidad. Muchos financiadores los aceptan solo hasta un "
                                "porcentaje máximo de los costos directos, y otros no los "
                                "financian: revisa siempre lo que establece la convocatoria.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Contrapartida y cofinanciamiento",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La <strong>contrapartida local</strong> es el aporte de la "
                                "entidad solicitante, en este caso el municipio. Puede "
                                "ser:</p><ul><li><strong>En efectivo:</strong> recursos del "
                                "presupuesto municipal asignados al proyecto.</li><li><strong>En "
                                "especie:</strong> bienes y servicios valorizados, como horas de "
                                "personal municipal, uso de maquinaria, locales o terrenos. "
                                "Valorízalos con criterios verificables (por ejemplo, el costo "
                                "horario real del personal) y guarda la documentación que lo "
                                "respalde.</li></ul><p>El <strong>cofinanciamiento</strong> es el "
                                "aporte de otros financiadores distintos del principal, como otro "
                                "nivel de gobierno, una fundación o una empresa prestadora. Muchas "
                                "convocatorias exigen un porcentaje mínimo de contrapartida o de "
                                "cofinanciamiento, y algunas solo aceptan aportes en efectivo para "
                                "cumplirlo.</p>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Actividad o rubro",
                                        "Aporte solicitado",
                                        "Contrapartida en efectivo",
                                        "Contrapartida en especie",
                                        "Total",
                                    ],
                                    [
                                        "1.1 Estudio técnico y diseño de la red",
                                        "10 000",
                                        "0",
                                        "4000",
                                        "14 000",
                                    ],
                                    [
                                        "1.2 Obras de ampliación de la red",
                                        "90 000",
                                        "15 000",
                                        "0",
                                        "105 000",
                                    ],
                                    [
                                        "2.1 y 2.2 Conformación y capacitación del comité barrial",
                                        "6000",
                                        "0",
                                        "3000",
                                        "9000",
                                    ],
                                    [
                                        "3.1 Campaña de almacenamiento seguro",
                                        "5000",
                                        "1000",
                                        "2000",
                                        "8000",
                                    ],
                                    [
                                        "Seguimiento y evaluación",
                                        "4000",
                                        "0",
                                        "2000",
                                        "6000",
                                    ],
                                    [
                                        "Costos indirectos",
                                        "5000",
                                        "0",
                                        "3000",
                                        "8000",
                                    ],
                                    [
                                        "Total",
                                        "120 000",
                                        "16 000",
                                        "14 000",
                                        "150 000",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Presupuesto ilustrativo del proyecto de San Esteban, en "
                                    "dólares estadounidenses (cifras inventadas)"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "example",
                                "title": "Cálculo de la contrapartida",
                                "text": (
                                    "<p>En el presupuesto ilustrativo, la contrapartida total del "
                                    "municipio es 16 000 + 14 000 = 30 000 dólares. Sobre un costo "
                                    "total de 150 000, representa 30 000 ÷ 150 000 = 0,20, es "
                                    "decir, el <strong>20 %</strong> del proyecto. Comprueba "
                                    "siempre sobre qué base calcula el porcentaje cada "
                                    "convocatoria: el costo total del proyecto o el monto "
                                    "solicitado.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<h3>Cronograma de desembolsos y coherencia</h3><p>Los "
                                "financiadores suelen transferir los fondos en "
                                "<strong>tramos</strong>, con frecuencia condicionados a la "
                                "presentación de informes técnicos y financieros. Elabora un "
                                "cronograma de desembolsos alineado con el cronograma de "
                                "actividades y estima el flujo de caja: si una obra se paga antes "
                                "de recibir el segundo tramo, el municipio tendrá que adelantar "
                                "fondos. Considera además las reglas de tu presupuesto municipal "
                                "anual y de contratación pública, las variaciones del tipo de "
                                "cambio si el aporte está en otra moneda, y los costos de operación"
                                " y mantenimiento que el municipio asumirá cuando el proyecto "
                                "termine.</p>"
                            ),
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Contrapartida",
                                "definition": (
                                    "<p>Aporte de la entidad solicitante a un proyecto "
                                    "cofinanciado, en efectivo o en especie valorizada. Demuestra "
                                    "compromiso institucional y con frecuencia es un requisito de "
                                    "elegibilidad.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Fuentes de financiamiento para gobiernos locales",
                    "slug": "fuentes-de-financiamiento-para-gobiernos-locales",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "heading",
                            "value": "Un mapa de las fuentes",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La cooperación internacional llega a los municipios por varios "
                                "canales. Conocerlos te permite buscar el financiador adecuado para"
                                " cada proyecto, en lugar de adaptar cada proyecto al primer fondo "
                                "disponible.</p><ul><li><strong>Cooperación bilateral:</strong> la "
                                "que otorga el gobierno de un país a otro, normalmente a través de "
                                "su agencia de cooperación o de su embajada. Suele negociarse con "
                                "el gobierno nacional receptor, aunque algunos programas financian "
                                "directamente a gobiernos locales u "
                                "organizaciones.</li><li><strong>Cooperación multilateral:</strong>"
                                " la que canalizan organismos internacionales formados por varios "
                                "Estados, como las agencias, fondos y programas del sistema de las "
                                "Naciones Unidas. La Unión Europea también financia programas "
                                "abiertos a autoridades locales.</li><li><strong>Cooperación "
                                "descentralizada:</strong> la que realizan los gobiernos "
                                "subnacionales (ciudades, provincias, regiones) entre sí, por "
                                "ejemplo mediante hermanamientos, acuerdos de ciudad a ciudad o "
                                "proyectos conjuntos en el marco de "
                                "redes.</li><li><strong>Fundaciones y filantropía:</strong> "
                                "fundaciones privadas, corporativas o comunitarias con líneas "
                                "temáticas propias; suelen financiar innovación, pilotos o "
                                "fortalecimiento de capacidades.</li><li><strong>Bancos de "
                                "desarrollo:</strong> entidades como el Banco Interamericano de "
                                "Desarrollo (BID), el Banco Mundial, CAF – Banco de Desarrollo de "
                                "América Latina y el Caribe, o FONPLATA. Otorgan principalmente "
                                "préstamos y, en algunos casos, cooperaciones técnicas no "
                                "reembolsables.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Préstamos no es lo mismo que donaciones",
                                "text": (
                                    "<p>Un préstamo genera deuda para el municipio. En muchos "
                                    "países, el endeudamiento de los gobiernos subnacionales, y en "
                                    "especial el endeudamiento externo, requiere autorizaciones del"
                                    " gobierno nacional, del concejo municipal o de ambos, y a "
                                    "veces una garantía soberana. Consulta la normativa de tu país "
                                    "antes de explorar esta vía.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "Criterios para elegir una fuente",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><strong>Afinidad temática y geográfica:</strong> ¿financia"
                                " el sector y la región de tu "
                                "proyecto?</li><li><strong>Elegibilidad:</strong> ¿acepta a "
                                "gobiernos locales como solicitantes o solo como "
                                "socios?</li><li><strong>Escala:</strong> ¿los montos habituales "
                                "corresponden al tamaño de tu "
                                "proyecto?</li><li><strong>Modalidad:</strong> donación, préstamo, "
                                "asistencia técnica, "
                                "intercambio.</li><li><strong>Exigencias:</strong> contrapartida, "
                                "informes, auditorías, idioma, plazos de "
                                "ejecución.</li><li><strong>Capacidad interna:</strong> ¿puede tu "
                                "equipo cumplir con la gestión administrativa que exige?</li></ul>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>No olvides los actores nacionales: en varios países de la "
                                "región existen agencias o direcciones nacionales de cooperación "
                                "internacional que orientan, registran o coordinan los proyectos "
                                "que reciben los gobiernos locales. Conocer sus procedimientos "
                                "evita problemas al momento de firmar convenios.</p>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: San Esteban combina fuentes",
                                "context": (
                                    "<p><em>Caso ficticio.</em> El proyecto de agua de San Esteban "
                                    "cuesta más de lo que ofrece cualquier fondo de donación al que"
                                    " el municipio puede acceder. Además, el diseño técnico "
                                    "necesita experiencia que el equipo local no tiene.</p>"
                                ),
                                "analysis": (
                                    "<p>El equipo decidió combinar fuentes: una donación de un "
                                    "programa de cooperación para las obras y la campaña, un aporte"
                                    " de la empresa prestadora como cofinanciamiento, la "
                                    "contrapartida municipal en efectivo y en especie, y una "
                                    "asistencia técnica entre pares con una ciudad hermanada que ya"
                                    " resolvió un problema similar. Cada fuente se vincula con "
                                    "componentes precisos de la matriz, para evitar que un mismo "
                                    "gasto se financie dos veces.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué riesgos implica depender de varias fuentes con "
                                    "plazos distintos?</li><li>¿Cómo se reflejaría esta combinación"
                                    " en el presupuesto?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Cooperación descentralizada",
                                "definition": (
                                    "<p>Cooperación internacional impulsada por gobiernos "
                                    "subnacionales, como municipios, provincias o regiones, "
                                    "directamente entre ellos o a través de redes, sin depender "
                                    "necesariamente del gobierno nacional.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Cómo leer una convocatoria",
                    "slug": "como-leer-una-convocatoria",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "heading",
                            "value": "Antes de escribir, lee con método",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Una <strong>convocatoria</strong> es el llamado público de un "
                                "financiador para recibir propuestas. Suele incluir unas bases o "
                                "una guía para solicitantes, formularios, plantillas de presupuesto"
                                " y de marco lógico, y una sección de preguntas frecuentes. Muchas "
                                "propuestas se descartan no por su calidad, sino por incumplir un "
                                "requisito formal. Lee la convocatoria completa al menos dos veces:"
                                " una para decidir si vale la pena postular y otra, con lápiz en "
                                "mano, para construir la lista de requisitos.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Los cuatro bloques que debes identificar",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><strong>Elegibilidad:</strong> quién puede postular (tipo "
                                "de entidad, país, tamaño), si se exigen socios o consorcios, qué "
                                "temas, gastos y duraciones se aceptan, y los montos mínimos y "
                                "máximos.</li><li><strong>Criterios de evaluación:</strong> qué "
                                "aspectos se califican y con qué peso. Es la mejor guía para "
                                "redactar: dedica más espacio a lo que más puntaje "
                                "otorga.</li><li><strong>Plazos:</strong> fecha y hora límite "
                                "(verifica la zona horaria), plazo para enviar consultas, fechas de"
                                " publicación de resultados y duración máxima del "
                                "proyecto.</li><li><strong>Formatos:</strong> idioma, extensión "
                                "máxima, plantillas obligatorias, anexos, firmas, registro previo "
                                "en plataformas en línea y forma de envío.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Trabaja con un calendario inverso",
                                "text": (
                                    "<p>Parte de la fecha de cierre y retrocede: ¿cuándo debe estar"
                                    " firmada la carta del intendente o alcalde? ¿Necesitas un "
                                    "acuerdo del concejo municipal para comprometer la "
                                    "contrapartida? ¿Cuánto demoran las cartas de los socios? Los "
                                    "trámites internos suelen tomar más tiempo que la "
                                    "redacción.</p>"
                                ),
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: una convocatoria que no era para San Esteban",
                                "context": (
                                    "<p><em>Caso ficticio.</em> El equipo de San Esteban encontró "
                                    "un fondo temático sobre agua y saneamiento que parecía ideal. "
                                    "Al leer la sección de elegibilidad, descubrió que solo podían "
                                    "postular organizaciones de la sociedad civil, aunque estas "
                                    "podían incluir a un municipio como socio.</p>"
                                ),
                                "analysis": (
                                    "<p>En lugar de descartar la oportunidad, el equipo evaluó si "
                                    "una organización local con experiencia en el tema podía "
                                    "liderar la propuesta, con el municipio como socio responsable "
                                    "de las obras y de la contrapartida. Concluyó que la alianza "
                                    "era viable, pero que exigía definir por escrito los roles, la "
                                    "gestión de los fondos y la propiedad de las obras al terminar "
                                    "el proyecto.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué ventajas y riesgos tiene para el municipio "
                                    "participar como socio y no como solicitante "
                                    "principal?</li><li>¿Qué documento formalizaría la "
                                    "alianza?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "Lista de verificación antes de enviar",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>El proyecto cumple todos los requisitos de "
                                "elegibilidad.</li><li>Cada criterio de evaluación tiene una "
                                "respuesta clara en el texto.</li><li>La matriz de marco lógico, el"
                                " presupuesto y el cronograma cuentan la misma "
                                "historia.</li><li>Los montos coinciden en todos los formularios y "
                                "anexos.</li><li>Están todas las firmas, cartas de apoyo y "
                                "documentos legales solicitados.</li><li>Respetaste la extensión, "
                                "el idioma y las plantillas exigidas.</li><li>Enviaste con margen "
                                "antes del cierre y guardaste el comprobante de envío.</li></ul>"
                            ),
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Convocatoria",
                                "definition": (
                                    "<p>Llamado público de un financiador para recibir propuestas "
                                    "de proyectos, con reglas sobre quién puede postular, qué se "
                                    "financia, cómo se evalúa y en qué plazos.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Cuestionario del módulo 3: presupuesto y financiamiento",
                    "slug": "cuestionario-modulo-3-presupuesto-y-financiamiento",
                    "intro": (
                        "<p>Verifica lo que aprendiste sobre el presupuesto, las fuentes de "
                        "financiamiento y la lectura de convocatorias. Necesitas al menos un 70 % "
                        "para aprobar. La pregunta de desarrollo la corrige una persona del equipo "
                        "docente.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "numeric",
                            "value": {
                                "prompt": (
                                    "<p>Un proyecto cuesta en total 80 000 dólares. El municipio "
                                    "aporta 12 000 dólares en efectivo y 8000 dólares en especie, y"
                                    " el resto lo financia un donante. ¿Qué porcentaje del costo "
                                    "total representa la contrapartida municipal? Escribe solo el "
                                    "número.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>La contrapartida es 12 000 + 8000 = 20 000 dólares; 20 000 "
                                    "÷ 80 000 = 0,25, es decir, el 25 %.</p>"
                                ),
                                "answer": "25",
                                "tolerance": "0",
                                "unit": "%",
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Cuál de estos gastos es un <strong>costo "
                                    "indirecto</strong> del proyecto?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Los costos indirectos son gastos generales de la "
                                    "institución que no pueden atribuirse a una actividad "
                                    "concreta.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": "Los materiales para construir la red de agua.",
                                        "correct": False,
                                        "feedback": (
                                            "Se vinculan directamente con la actividad de obras: es"
                                            " un costo directo."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Una parte de los gastos generales de administración y "
                                            "contabilidad de la entidad ejecutora."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correcto: es un gasto general que el proyecto ayuda a sostener."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Los honorarios de quien facilita los talleres del "
                                            "comité barrial."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Corresponden a una actividad identificable: es un costo directo."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Cuáles de estos aportes pueden registrarse como "
                                    "<strong>contrapartida en especie</strong> del municipio? Marca"
                                    " todas las correctas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>La contrapartida en especie son bienes y servicios del "
                                    "municipio valorizados con criterios verificables.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {
                                        "text": (
                                            "Horas del personal técnico municipal asignado al "
                                            "proyecto, valorizadas a su costo real"
                                        ),
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Uso de un local municipal para los talleres",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Uso de maquinaria municipal para las obras",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": (
                                            "Una transferencia del presupuesto municipal a la "
                                            "cuenta del proyecto"
                                        ),
                                        "correct": False,
                                        "feedback": "Es contrapartida, pero en efectivo, no en especie.",
                                    },
                                    {
                                        "text": (
                                            "El aporte de una fundación distinta del financiador principal"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Es cofinanciamiento de un tercero, no contrapartida "
                                            "del municipio."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>Cada rubro del presupuesto debería poder vincularse con al "
                                    "menos una actividad de la matriz de marco lógico.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Verdadero. La coherencia entre presupuesto y marco lógico "
                                    "exige que cada gasto responda a una actividad y que cada "
                                    "actividad tenga recursos asignados. Los costos indirectos, si "
                                    "la convocatoria los admite, son la excepción habitual.</p>"
                                ),
                                "correct": "true",
                            },
                        },
                        {
                            "type": "matching",
                            "value": {
                                "prompt": (
                                    "<p>Relaciona cada fuente de financiamiento con su descripción.</p>"
                                ),
                                "points": "2",
                                "feedback": (
                                    "<p>Revisa la lección «Fuentes de financiamiento para gobiernos"
                                    " locales» si tuviste dudas.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "Cooperación bilateral",
                                        "right": (
                                            "Aportes del gobierno de un país, en general a través "
                                            "de su agencia de cooperación"
                                        ),
                                    },
                                    {
                                        "left": "Cooperación multilateral",
                                        "right": (
                                            "Recursos canalizados por organismos internacionales "
                                            "formados por varios Estados"
                                        ),
                                    },
                                    {
                                        "left": "Cooperación descentralizada",
                                        "right": (
                                            "Cooperación entre gobiernos subnacionales, como "
                                            "ciudades y regiones"
                                        ),
                                    },
                                    {
                                        "left": "Bancos de desarrollo",
                                        "right": (
                                            "Principalmente préstamos, a veces con cooperaciones "
                                            "técnicas no reembolsables"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>¿Cómo se llama el aporte de financiadores distintos del "
                                    "principal y de la propia entidad solicitante, como otro nivel "
                                    "de gobierno o una fundación? Responde con una palabra.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Es el cofinanciamiento. La contrapartida, en cambio, es el "
                                    "aporte de la propia entidad solicitante.</p>"
                                ),
                                "accepted_answers": [
                                    "cofinanciamiento",
                                    "cofinanciación",
                                    "co-financiamiento",
                                    "co-financiación",
                                    "co financiamiento",
                                ],
                            },
                        },
                        {
                            "type": "essay",
                            "value": {
                                "prompt": (
                                    "<p>Imagina que encontraste una convocatoria que podría "
                                    "financiar un proyecto de tu municipio. Explica qué revisarías "
                                    "en sus secciones de elegibilidad, criterios de evaluación, "
                                    "plazos y formatos antes de decidir si postular, y qué trámites"
                                    " internos de tu municipio deberías prever.</p>"
                                ),
                                "points": "3",
                                "feedback": (
                                    "<p>Una buena respuesta cubre los cuatro bloques de la "
                                    "convocatoria y los vincula con las capacidades y los trámites "
                                    "reales del municipio.</p>"
                                ),
                                "rubric": (
                                    "<ul><li>Menciona aspectos concretos de elegibilidad (tipo de "
                                    "solicitante, socios, temas, montos) y de criterios de "
                                    "evaluación (1 punto).</li><li>Considera plazos y formatos, "
                                    "incluido un calendario de trabajo o calendario inverso (1 "
                                    "punto).</li><li>Identifica trámites internos pertinentes, como"
                                    " firmas, acuerdos para comprometer la contrapartida o cartas "
                                    "de socios, y evalúa la capacidad del equipo (1 "
                                    "punto).</li></ul>"
                                ),
                                "max_words": 300,
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Cooperación Sur-Sur y triangular entre ciudades",
            "slug": "cooperacion-sur-sur-y-triangular-entre-ciudades",
            "summary": (
                "Conoce los principios de la cooperación Sur-Sur y triangular y aprende a organizar"
                " intercambios de experiencias y asistencia técnica entre ciudades, con apoyo de "
                "las redes."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "Principios de la cooperación Sur-Sur y triangular",
                    "slug": "principios-de-la-cooperacion-sur-sur-y-triangular",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "heading",
                            "value": "Qué es la cooperación Sur-Sur",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La <strong>cooperación Sur-Sur</strong> es la que se da entre "
                                "países en desarrollo, y también entre sus gobiernos locales, "
                                "instituciones y organizaciones, para compartir conocimientos, "
                                "experiencias, tecnologías y recursos. A diferencia del esquema "
                                "tradicional entre un donante y un receptor, parte de la idea de "
                                "que todos los participantes tienen algo que aportar y algo que "
                                "aprender.</p><p>Un antecedente fundamental es el <strong>Plan de "
                                "Acción de Buenos Aires</strong> para promover y realizar la "
                                "cooperación técnica entre los países en desarrollo, adoptado en "
                                "1978 en una conferencia de las Naciones Unidas celebrada en esa "
                                "ciudad. Cuarenta años después, en 2019, Buenos Aires fue sede de "
                                "la Segunda Conferencia de Alto Nivel de las Naciones Unidas sobre "
                                "la Cooperación Sur-Sur, conocida como <strong>PABA+40</strong> (o "
                                "BAPA+40, por su sigla en inglés).</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Sus principios",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En los foros internacionales y en los espacios iberoamericanos "
                                "se mencionan con frecuencia estos "
                                "principios:</p><ul><li><strong>Horizontalidad:</strong> las partes"
                                " se relacionan como pares, sin condicionalidades impuestas por una"
                                " sobre la otra.</li><li><strong>Beneficio mutuo:</strong> todas "
                                "las partes obtienen algo valioso, aunque no sea lo mismo ni en la "
                                "misma medida.</li><li><strong>Consenso:</strong> las decisiones "
                                "sobre el proyecto se toman de común "
                                "acuerdo.</li><li><strong>Equidad:</strong> los costos y los "
                                "beneficios se distribuyen de manera justa.</li><li><strong>Respeto"
                                " a la soberanía y apropiación:</strong> cada parte define sus "
                                "prioridades y lidera su propio desarrollo.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Un complemento, no un sustituto",
                                "text": (
                                    "<p>La cooperación Sur-Sur no reemplaza a la cooperación "
                                    "tradicional entre países desarrollados y en desarrollo: la "
                                    "complementa. Su valor está en la cercanía de contextos, la "
                                    "pertinencia de las soluciones y el aprendizaje en ambas "
                                    "direcciones.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "La cooperación triangular",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En la <strong>cooperación triangular</strong> participan dos o "
                                "más países en desarrollo junto con un tercer actor, que puede ser "
                                "un país desarrollado o un organismo internacional. En el ámbito "
                                "iberoamericano se suelen distinguir tres "
                                "roles:</p><ul><li><strong>Primer oferente:</strong> comparte "
                                "principalmente su experiencia y sus capacidades "
                                "técnicas.</li><li><strong>Segundo oferente:</strong> apoya con "
                                "recursos financieros, técnicos o "
                                "logísticos.</li><li><strong>Receptor:</strong> recibe la "
                                "cooperación para fortalecer sus capacidades, aunque también aporta"
                                " y aprende.</li></ul><p>Para una ciudad, la modalidad triangular "
                                "puede ser una forma de financiar un intercambio con otra ciudad de"
                                " la región que, de otro modo, ninguna de las dos podría "
                                "costear.</p>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: un triángulo para el agua",
                                "context": (
                                    "<p><em>Caso ficticio.</em> La ciudad de Puerto Claro, también "
                                    "ficticia, organizó años atrás comités barriales que colaboran "
                                    "con la empresa prestadora en la gestión del agua en sus "
                                    "barrios periféricos. San Esteban quiere aprender de esa "
                                    "experiencia.</p>"
                                ),
                                "analysis": (
                                    "<p>Con apoyo de una red de ciudades, ambos municipios "
                                    "diseñaron un proyecto triangular: Puerto Claro aporta su "
                                    "experiencia como primer oferente; un programa de cooperación "
                                    "de una agencia europea financia los viajes y una "
                                    "sistematización como segundo oferente, y San Esteban, como "
                                    "receptor, aporta el tiempo de su personal y la organización de"
                                    " las actividades locales. Las decisiones se toman en un comité"
                                    " con representantes de las tres partes.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué podría aprender Puerto Claro de San Esteban en "
                                    "este intercambio?</li><li>¿Cómo se reflejaría el principio de "
                                    "consenso en la gestión del proyecto?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Cooperación triangular",
                                "definition": (
                                    "<p>Modalidad en la que dos o más países en desarrollo, o sus "
                                    "gobiernos locales, cooperan con el apoyo de un tercer actor, "
                                    "como un país desarrollado o un organismo internacional.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Horizontalidad",
                                "definition": (
                                    "<p>Principio según el cual las partes de una cooperación se "
                                    "relacionan como pares, definen juntas los objetivos y no "
                                    "imponen condiciones unilaterales.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Intercambios entre ciudades y el papel de las redes",
                    "slug": "intercambios-entre-ciudades-y-el-papel-de-las-redes",
                    "estimated_minutes": 25,
                    "body": [
                        {
                            "type": "heading",
                            "value": "Aprender de otra ciudad",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Muchos problemas municipales (gestión de residuos, agua, "
                                "movilidad, gestión del riesgo de desastres, recaudación) ya fueron"
                                " abordados por otras ciudades de la región con recursos y "
                                "contextos parecidos. La cooperación entre ciudades permite "
                                "aprovechar ese conocimiento práctico. Sus modalidades más comunes "
                                "son:</p><ul><li><strong>Pasantías o visitas técnicas:</strong> "
                                "personal de una ciudad conoce en el terreno cómo otra resolvió un "
                                "problema.</li><li><strong>Asistencia técnica entre pares:</strong>"
                                " especialistas de una municipalidad asesoran a otra, de forma "
                                "presencial o a distancia, sobre una tarea "
                                "concreta.</li><li><strong>Hermanamientos y acuerdos de ciudad a "
                                "ciudad:</strong> marcos de relación de largo plazo que permiten "
                                "varias acciones sucesivas.</li><li><strong>Proyectos "
                                "conjuntos:</strong> dos o más ciudades postulan juntas a una "
                                "convocatoria.</li><li><strong>Comunidades de práctica:</strong> "
                                "grupos de trabajo permanentes sobre un tema, a menudo organizados "
                                "por redes.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Cómo organizar un intercambio útil",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><strong>Define la pregunta de aprendizaje.</strong> ¿Qué "
                                "necesita resolver tu municipio y qué quieres aprender "
                                "exactamente?</li><li><strong>Identifica la ciudad con la "
                                "experiencia pertinente.</strong> Las redes, las agencias de "
                                "cooperación y las universidades pueden ayudarte a "
                                "encontrarla.</li><li><strong>Acuerda los términos de "
                                "referencia.</strong> Define con la ciudad anfitriona los "
                                "objetivos, la agenda, los participantes, la distribución de costos"
                                " y los productos esperados.</li><li><strong>Realiza el "
                                "intercambio.</strong> Incluye conversaciones con quienes operan el"
                                " servicio y con la comunidad, no solo con las "
                                "autoridades.</li><li><strong>Elabora un plan de "
                                "adaptación.</strong> Traduce lo aprendido en acciones concretas "
                                "ajustadas a tu contexto.</li><li><strong>Da seguimiento y comparte"
                                " los resultados.</strong> Informa a la ciudad anfitriona y a la "
                                "red qué aplicaste y con qué resultados.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Adaptar, no copiar",
                                "text": (
                                    "<p>Una práctica que funcionó en otra ciudad depende de su "
                                    "marco legal, sus capacidades, su financiamiento y su cultura "
                                    "institucional. Antes de transferirla, identifica qué "
                                    "condiciones la hicieron posible y cuáles existen, o pueden "
                                    "crearse, en tu municipio.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "El papel de las redes de ciudades",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Las redes de gobiernos locales, de alcance regional como "
                                "Mercociudades o mundial como Ciudades y Gobiernos Locales Unidos "
                                "(CGLU), cumplen varias funciones en la cooperación entre "
                                "ciudades:</p><ul><li>ponen en contacto a ciudades con necesidades "
                                "y experiencias complementarias;</li><li>documentan y difunden "
                                "buenas prácticas;</li><li>organizan grupos de trabajo temáticos, "
                                "capacitaciones e intercambios;</li><li>facilitan el acceso a "
                                "programas de cooperación y a financiadores, y a veces los "
                                "gestionan;</li><li>representan los intereses de los gobiernos "
                                "locales en los foros nacionales e "
                                "internacionales.</li></ul><p>Participar activamente en una red, y "
                                "no solo figurar como miembro, aumenta las oportunidades de tu "
                                "municipio de ofrecer y recibir cooperación.</p>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: la pasantía de San Esteban en Puerto Claro",
                                "context": (
                                    "<p><em>Caso ficticio.</em> Tres funcionarios de San Esteban y "
                                    "dos dirigentes vecinales viajaron a Puerto Claro. La agenda "
                                    "incluyó reuniones con la empresa prestadora, visitas a dos "
                                    "barrios y una jornada con los comités barriales. Los costos se"
                                    " compartieron: San Esteban pagó los pasajes y Puerto Claro "
                                    "cubrió el transporte y los espacios locales.</p>"
                                ),
                                "analysis": (
                                    "<p>Al volver, el equipo elaboró un plan de adaptación. "
                                    "Descubrió que el reglamento de comités de Puerto Claro no "
                                    "podía aplicarse tal cual, porque en San Esteban las juntas "
                                    "vecinales tienen otra forma jurídica. Decidió adaptar el "
                                    "modelo y pidió a Puerto Claro una asistencia técnica a "
                                    "distancia para redactar su propio reglamento. A su vez, San "
                                    "Esteban compartió con Puerto Claro su sistema de registro "
                                    "georreferenciado de conexiones.</p>"
                                ),
                                "questions": (
                                    "<ul><li>¿Qué evidencia muestra que el intercambio fue de "
                                    "beneficio mutuo?</li><li>¿Cómo incorporarías esta pasantía a "
                                    "la matriz de marco lógico del proyecto de agua?</li></ul>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Cuestionario del módulo 4: cooperación Sur-Sur y triangular",
                    "slug": "cuestionario-modulo-4-cooperacion-sur-sur",
                    "intro": (
                        "<p>Repasa los principios de la cooperación Sur-Sur y triangular y la "
                        "organización de intercambios entre ciudades. Necesitas al menos un 70 % "
                        "para aprobar. La pregunta de desarrollo la corrige una persona del equipo "
                        "docente.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "numeric",
                            "value": {
                                "prompt": (
                                    "<p>¿En qué año se adoptó el Plan de Acción de Buenos Aires "
                                    "para promover y realizar la cooperación técnica entre los "
                                    "países en desarrollo?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Se adoptó en 1978, en una conferencia de las Naciones "
                                    "Unidas celebrada en Buenos Aires. Su aniversario número "
                                    "cuarenta dio nombre a la conferencia PABA+40 de 2019.</p>"
                                ),
                                "answer": "1978",
                                "tolerance": "0",
                                "unit": "",
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>En un proyecto de cooperación triangular, ¿qué papel cumple"
                                    " habitualmente el <strong>segundo oferente</strong>?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>El primer oferente comparte sobre todo su experiencia; el "
                                    "segundo oferente apoya con recursos financieros, técnicos o "
                                    "logísticos; el receptor fortalece sus capacidades.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Comparte su experiencia técnica como protagonista "
                                            "principal del intercambio."
                                        ),
                                        "correct": False,
                                        "feedback": "Ese es el papel típico del primer oferente.",
                                    },
                                    {
                                        "text": "Apoya con recursos financieros, técnicos o logísticos.",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Recibe la cooperación para fortalecer sus capacidades.",
                                        "correct": False,
                                        "feedback": "Ese es el papel del receptor.",
                                    },
                                    {
                                        "text": "Evalúa el proyecto sin participar en él.",
                                        "correct": False,
                                        "feedback": "No es un rol propio de la cooperación triangular.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>¿Cuáles de estos son principios de la cooperación Sur-Sur? "
                                    "Marca todas las correctas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Horizontalidad, beneficio mutuo y consenso son principios "
                                    "habituales de la cooperación Sur-Sur. La condicionalidad "
                                    "impuesta por una parte contradice la horizontalidad.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {
                                        "text": "Horizontalidad",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Beneficio mutuo",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Consenso",
                                        "correct": True,
                                        "feedback": "Correcto.",
                                    },
                                    {
                                        "text": "Condicionalidad impuesta por quien aporta más recursos",
                                        "correct": False,
                                        "feedback": "Contradice el principio de horizontalidad.",
                                    },
                                    {
                                        "text": (
                                            "Transferencia de un modelo único que el receptor debe copiar"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La cooperación Sur-Sur busca adaptar, no copiar, y "
                                            "supone aprendizaje en ambas direcciones."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>La cooperación Sur-Sur se plantea como un sustituto de la "
                                    "cooperación tradicional entre países desarrollados y en "
                                    "desarrollo.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Falso. Se entiende como un complemento de la cooperación "
                                    "tradicional, no como un sustituto.</p>"
                                ),
                                "correct": "false",
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>¿Cómo se llama la modalidad de cooperación en la que dos "
                                    "países en desarrollo cooperan con el apoyo de un tercer actor,"
                                    " como un país desarrollado o un organismo internacional? "
                                    "Responde con una palabra.</p>"
                                ),
                                "points": "1",
                                "feedback": "<p>Es la cooperación triangular.</p>",
                                "accepted_answers": [
                                    "triangular",
                                    "cooperación triangular",
                                    "cooperacion triangular",
                                ],
                            },
                        },
                        {
                            "type": "ordering",
                            "value": {
                                "prompt": (
                                    "<p>Ordena los pasos para organizar un intercambio de "
                                    "experiencias útil entre ciudades.</p>"
                                ),
                                "points": "2",
                                "feedback": (
                                    "<p>El intercambio parte de una pregunta de aprendizaje clara y"
                                    " termina con la adaptación, el seguimiento y la devolución de "
                                    "resultados.</p>"
                                ),
                                "items": [
                                    "Definir la pregunta de aprendizaje del municipio",
                                    "Identificar la ciudad con la experiencia pertinente",
                                    "Acordar los términos de referencia con la ciudad anfitriona",
                                    "Realizar el intercambio",
                                    "Elaborar un plan de adaptación al propio contexto",
                                    "Dar seguimiento y compartir los resultados",
                                ],
                            },
                        },
                        {
                            "type": "essay",
                            "value": {
                                "prompt": (
                                    "<p>Propón un intercambio de cooperación Sur-Sur entre tu "
                                    "municipio y otra ciudad de la región. Indica qué quieres "
                                    "aprender, qué podría aportar tu municipio a cambio, qué "
                                    "modalidad usarías y cómo se reflejarían en él los principios "
                                    "de horizontalidad, beneficio mutuo y consenso.</p>"
                                ),
                                "points": "3",
                                "feedback": (
                                    "<p>Una buena propuesta define una pregunta de aprendizaje "
                                    "concreta y muestra que el intercambio beneficia a ambas "
                                    "ciudades.</p>"
                                ),
                                "rubric": (
                                    "<ul><li>Plantea una necesidad y una pregunta de aprendizaje "
                                    "concretas, y una modalidad adecuada (pasantía, asistencia "
                                    "técnica entre pares, proyecto conjunto u otra) (1 "
                                    "punto).</li><li>Identifica lo que su municipio puede aportar y"
                                    " explica el beneficio mutuo (1 punto).</li><li>Muestra cómo se"
                                    " aplicarían la horizontalidad y el consenso en las decisiones,"
                                    " los costos y el seguimiento (1 punto).</li></ul>"
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

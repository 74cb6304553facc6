"""Curso de demonstração «Formulação de projetos de cooperação internacional» em português
do Brasil: tradução de cooperacion.py, com a mesma estrutura (módulos, aulas e questionários
na mesma ordem), para que cada página seja ligada à original como sua tradução."""

COURSE = {
    "title": "Formulação de projetos de cooperação internacional",
    "slug": "formulacao-de-projetos",
    "summary": (
        "Aprenda a formular projetos de cooperação internacional para o seu município: árvore de "
        "problemas, atores, marco lógico, indicadores, orçamento, fontes de financiamento e "
        "cooperação Sul-Sul entre cidades."
    ),
    "description": (
        "<p>Este curso acompanha as equipes municipais na formulação de projetos de cooperação "
        "internacional, do diagnóstico do problema até a preparação de uma proposta sólida para "
        "um edital.</p><p>Ao longo de quatro módulos, você trabalhará com um caso ilustrativo, o "
        "de um município fictício que quer levar água potável aos seus bairros periurbanos, e "
        "aprenderá a:</p><ul><li>construir a árvore de problemas e a árvore de objetivos e "
        "selecionar a alternativa de intervenção;</li><li>analisar os atores envolvidos e os "
        "beneficiários;</li><li>elaborar a matriz de marco lógico e formular indicadores "
        "verificáveis;</li><li>preparar um orçamento coerente, com contrapartida local e "
        "cronograma de desembolsos;</li><li>identificar fontes de financiamento e ler um edital "
        "com método;</li><li>aproveitar a cooperação Sul-Sul e triangular e os intercâmbios entre"
        " cidades.</li></ul><p>Cada módulo termina com um questionário. Ao concluir as aulas e "
        "ser aprovado nos questionários, você recebe o seu certificado.</p>"
    ),
    "audience": "municipal",
    "programme": "cooperation",
    "language": "pt-br",
    "estimated_hours": 10,
    "tags": [
        "cooperação internacional",
        "formulação de projetos",
        "marco lógico",
        "orçamento",
        "cooperação sul-sul",
        "governos locais",
    ],
    "modules": [
        {
            "title": "Diagnóstico: problemas, objetivos e atores",
            "slug": "diagnostico-problemas-objetivos-e-atores",
            "summary": (
                "Construa a árvore de problemas e a árvore de objetivos, selecione a alternativa "
                "de intervenção e analise os atores envolvidos no projeto."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "A árvore de problemas",
                    "slug": "a-arvore-de-problemas",
                    "estimated_minutes": 25,
                    "body": [
                        {"type": "heading", "value": "Por que começar pelo problema"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Um projeto de cooperação é uma resposta organizada a um "
                                "problema concreto. Se o problema estiver mal definido, tudo o que "
                                "vem depois (objetivos, indicadores, orçamento) é construído sobre "
                                "uma base frágil. Por isso, as metodologias de planejamento por "
                                "objetivos, e em particular a metodologia do marco lógico, começam "
                                "com uma análise participativa da situação que se quer "
                                "mudar.</p><p>A <strong>árvore de problemas</strong> é a ferramenta"
                                " mais usada nessa análise. Ela permite organizar em um único "
                                "diagrama o <strong>problema central</strong>, suas "
                                "<strong>causas</strong> (as raízes) e seus "
                                "<strong>efeitos</strong> (os galhos), de modo que a equipe "
                                "municipal e a comunidade compartilhem uma mesma leitura da "
                                "realidade.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Como construí-la"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><strong>Reúna as pessoas envolvidas.</strong> Convide a "
                                "equipe técnica das áreas municipais pertinentes, representantes "
                                "da comunidade afetada e outras instituições relacionadas. Uma "
                                "árvore feita só no escritório costuma omitir causas "
                                "importantes.</li><li><strong>Faça um levantamento de "
                                "problemas.</strong> Peça a cada participante que anote, em "
                                "fichas, os problemas que percebe. Cada ficha deve conter um só "
                                "problema.</li><li><strong>Combine o problema central.</strong> "
                                "Escolha o problema que melhor resume a situação e sobre o qual o "
                                "município e seus parceiros têm capacidade real de "
                                "agir.</li><li><strong>Coloque as causas embaixo e os efeitos em "
                                "cima.</strong> Pergunte «por que isso acontece?» para descer até"
                                " as causas e «que consequências isso tem?» para subir até os "
                                "efeitos. Organize as fichas em níveis: causas diretas, causas das"
                                " causas, efeitos diretos e efeitos indiretos.</li><li><strong>"
                                "Revise a lógica.</strong> Leia a árvore de baixo para cima, "
                                "verificando se cada relação é de causa e efeito. Corrija, "
                                "acrescente ou elimine fichas até que o diagrama seja "
                                "coerente.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Um problema não é a falta de uma solução",
                                "text": (
                                    "<p>Evite formular o problema como a ausência de algo que você "
                                    "já imagina como resposta: «falta de uma estação de tratamento"
                                    " de água» ou «não há um programa de reciclagem». Essa redação "
                                    "fecha de antemão outras alternativas. Formule, em vez disso, "
                                    "uma situação negativa existente: «as famílias do setor norte "
                                    "consomem água imprópria para o consumo humano».</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Algumas regras de redação ajudam a tornar a árvore "
                                "útil:</p><ul><li>Escreva cada problema como um <strong>estado "
                                "negativo</strong> e em uma frase curta.</li><li>Identifique "
                                "<strong>quem é afetado</strong> e, quando for o caso, "
                                "<strong>onde</strong>: um bairro, um grupo da população, um "
                                "serviço.</li><li>Distinga os problemas reais dos problemas "
                                "supostos: se não houver informação que o sustente, anote-o como "
                                "algo a verificar.</li><li>Evite problemas tão amplos que nenhum "
                                "projeto municipal poderia enfrentá-los, como «a pobreza do "
                                "país».</li></ul>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": ("Caso ilustrativo: a água nos bairros periurbanos de San Esteban"),
                                "context": (
                                    "<p><em>San Esteban é um município fictício, criado para este "
                                    "curso.</em> Nos últimos anos, formaram-se quatro bairros na "
                                    "periferia norte da cidade, fora da área atendida pela rede de"
                                    " água potável. As famílias se abastecem com caminhões-pipa, "
                                    "ligações informais e poços rasos. A unidade de saúde do setor"
                                    " registra consultas frequentes por doenças diarreicas.</p>"
                                ),
                                "analysis": (
                                    "<p>Na oficina, a equipe municipal e as associações de "
                                    "moradores definiram este problema central: <strong>«as "
                                    "famílias dos bairros periurbanos do setor norte não têm acesso"
                                    " contínuo a água própria para o consumo "
                                    "humano»</strong>.</p><ul><li><strong>Causas "
                                    "identificadas:</strong> a rede de distribuição não chega aos "
                                    "bairros; as ligações informais têm perdas e risco de "
                                    "contaminação; não existe uma organização comunitária que "
                                    "colabore na gestão do serviço; muitas famílias armazenam a "
                                    "água em recipientes sem tampa.</li><li><strong>Efeitos "
                                    "identificados:</strong> maior frequência de doenças "
                                    "gastrointestinais, sobretudo na infância; gasto elevado das "
                                    "famílias com água comprada; horas dedicadas a carregar água, "
                                    "uma tarefa que nesses bairros recai sobretudo sobre as "
                                    "mulheres.</li></ul>"
                                ),
                                "questions": (
                                    "<ul><li>Que causa você deixaria fora do alcance de um projeto"
                                    " municipal, e por quê?</li><li>De que informação você "
                                    "precisaria para confirmar que as doenças estão relacionadas à"
                                    " qualidade da água?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Problema central",
                                "definition": (
                                    "<p>Situação negativa que afeta um grupo da população e que o "
                                    "projeto se propõe a mudar. Ocupa o tronco da árvore de "
                                    "problemas: embaixo ficam suas causas e, em cima, seus "
                                    "efeitos.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Ideia-chave",
                                "text": (
                                    "<p>A árvore de problemas não é uma formalidade anterior à "
                                    "formulação: é a base da lógica do projeto. As causas que você"
                                    " identificar se tornarão os meios e os componentes da sua "
                                    "intervenção, e os efeitos indicarão para quais fins ela "
                                    "contribui.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Da árvore de objetivos à seleção de alternativas",
                    "slug": "da-arvore-de-objetivos-a-selecao-de-alternativas",
                    "estimated_minutes": 25,
                    "body": [
                        {"type": "heading", "value": "Transformar problemas em situações desejadas"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>A <strong>árvore de objetivos</strong> é obtida transformando "
                                "cada ficha da árvore de problemas em uma situação positiva, ou "
                                "seja, na situação que existiria se o problema fosse resolvido. "
                                "Assim, «as famílias não têm acesso contínuo a água própria para o"
                                " consumo» se torna «as famílias têm acesso contínuo a água "
                                "própria para o consumo».</p><p>Com essa conversão, as relações "
                                "de <strong>causa e efeito</strong> passam a ser relações de "
                                "<strong>meios e fins</strong>:</p><ul><li>as "
                                "<strong>causas</strong> se tornam <strong>meios</strong>: o que "
                                "é preciso alcançar para atingir o objetivo central;</li><li>o "
                                "<strong>problema central</strong> se torna o <strong>objetivo "
                                "central</strong>;</li><li>os <strong>efeitos</strong> se tornam "
                                "<strong>fins</strong>: as mudanças mais amplas para as quais o "
                                "projeto contribui.</li></ul>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Árvore de problemas",
                                        "Árvore de objetivos",
                                        "Exemplo de San Esteban (ilustrativo)",
                                    ],
                                    [
                                        "Efeito",
                                        "Fim",
                                        ("Diminuem as doenças gastrointestinais na infância do setor norte"),
                                    ],
                                    [
                                        "Problema central",
                                        "Objetivo central",
                                        (
                                            "As famílias dos bairros periurbanos têm acesso "
                                            "contínuo a água própria para o consumo"
                                        ),
                                    ],
                                    ["Causa", "Meio", "A rede de distribuição chega aos quatro bairros"],
                                    [
                                        "Causa",
                                        "Meio",
                                        "Existe um comitê comunitário que colabora na gestão do serviço",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": False,
                                "table_caption": (
                                    "Correspondência entre a árvore de problemas e a árvore de objetivos"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Revise o que ficou irreal",
                                "text": (
                                    "<p>A conversão não é mecânica. Algumas situações positivas "
                                    "ficam impossíveis ou pouco realistas do jeito que foram "
                                    "escritas. Ajuste a redação («reduz-se…» em vez de "
                                    "«desaparece…»), acrescente meios que faltem e elimine os que "
                                    "não contribuam. Depois, leia a árvore de baixo para cima: se "
                                    "os meios forem alcançados, o objetivo central será "
                                    "atingido?</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Identificar e selecionar alternativas"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Nenhum projeto aborda todos os meios da árvore. Agrupe os "
                                "meios da base que se relacionam entre si em "
                                "<strong>alternativas</strong> ou estratégias possíveis e "
                                "compare-as. No caso de San Esteban, uma alternativa seria ampliar"
                                " a rede pública; outra, instalar pontos de abastecimento "
                                "comunitários com tratamento; uma terceira, combinar a ampliação "
                                "da rede com a organização comunitária e uma campanha de "
                                "armazenamento seguro.</p><p>Para escolher, defina com a sua "
                                "equipe critérios explícitos e, se for útil, atribua-lhes um peso."
                                " Os mais frequentes são:</p><ul><li>contribuição para o objetivo"
                                " central e prioridade para a população afetada;</li><li>custo "
                                "total e custo de operação e manutenção depois do "
                                "projeto;</li><li>viabilidade técnica, legal e "
                                "ambiental;</li><li>capacidade institucional do município para "
                                "executá-la e sustentá-la;</li><li>prazo de execução e principais"
                                " riscos;</li><li>coerência com o plano de desenvolvimento local "
                                "e com as prioridades das possíveis fontes de "
                                "financiamento.</li></ul>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: San Esteban escolhe sua alternativa",
                                "context": (
                                    "<p><em>Caso fictício.</em> A equipe de San Esteban comparou "
                                    "três alternativas com os critérios acima. Os pontos de "
                                    "abastecimento comunitários eram mais baratos, mas não "
                                    "resolviam a continuidade do serviço dentro das casas. A "
                                    "ampliação da rede, por si só, era viável, mas a área técnica "
                                    "alertou que, sem organização comunitária, as ligações "
                                    "informais voltariam a aparecer.</p>"
                                ),
                                "analysis": (
                                    "<p>A equipe selecionou a alternativa combinada: ampliação da "
                                    "rede, criação e capacitação de um comitê comunitário de água "
                                    "e uma campanha sobre armazenamento seguro. Essa decisão define"
                                    " o <strong>escopo do projeto</strong>: os meios escolhidos "
                                    "serão seus componentes, e as causas que ficaram de fora (por "
                                    "exemplo, a regulação do crescimento urbano) serão tratadas por"
                                    " outras vias ou registradas como pressupostos.</p>"
                                ),
                                "questions": (
                                    "<ul><li>Que critério parece decisivo para você neste caso, e "
                                    "por quê?</li><li>Quem deveria participar da ponderação dos "
                                    "critérios?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Árvore de objetivos",
                                "definition": (
                                    "<p>Diagrama que apresenta a situação desejada, obtida ao "
                                    "converter em positivo cada elemento da árvore de problemas. "
                                    "Mostra relações de meios e fins.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Da árvore à matriz",
                                "text": (
                                    "<p>A alternativa selecionada é a matéria-prima da matriz de "
                                    "marco lógico: o objetivo central se torna o propósito, os "
                                    "meios escolhidos se tornam componentes ou resultados, e os "
                                    "fins se tornam o objetivo geral para o qual o projeto "
                                    "contribui.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Análise dos atores envolvidos",
                    "slug": "analise-dos-atores-envolvidos",
                    "estimated_minutes": 25,
                    "body": [
                        {"type": "heading", "value": "Quem está em jogo"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Todo projeto afeta e é afetado por pessoas, grupos e "
                                "instituições com interesses próprios: a população destinatária, "
                                "as áreas do município, outros níveis de governo, empresas "
                                "prestadoras de serviços, organizações sociais, universidades e "
                                "financiadores. A <strong>análise dos envolvidos</strong> permite "
                                "identificá-los, entender sua posição diante do problema e prever "
                                "como podem apoiar ou dificultar a intervenção.</p><p>Essa análise"
                                " é feita no início do diagnóstico, junto com a árvore de "
                                "problemas, e atualizada durante a execução, porque as posições "
                                "dos atores mudam.</p>"
                            ),
                        },
                        {"type": "heading", "value": "A matriz de envolvidos"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Uma forma clássica de organizar a informação é uma matriz com"
                                " quatro colunas para cada ator ou "
                                "grupo:</p><ul><li><strong>Interesses:</strong> o que espera ou "
                                "teme do projeto.</li><li><strong>Problemas percebidos:</strong> "
                                "como vive o problema a partir da sua posição.</li><li><strong>"
                                "Recursos e mandatos:</strong> o que pode oferecer (dinheiro, "
                                "conhecimento, influência, infraestrutura) e que competências "
                                "formais tem.</li><li><strong>Posição ou nível de apoio:</strong> "
                                "em muitas versões, acrescenta-se uma coluna indicando se apoia, "
                                "é neutro ou se opõe.</li></ul>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    ["Ator", "Interesses", "Problemas percebidos", "Recursos e mandatos"],
                                    [
                                        "Famílias dos bairros periurbanos",
                                        "Água contínua e segura a um custo que possam pagar",
                                        "Gasto com caminhões-pipa; doenças; tempo carregando água",
                                        "Organização comunitária; mão de obra; conhecimento do território",
                                    ],
                                    [
                                        "Secretaria municipal de obras",
                                        "Executar a obra no prazo e com qualidade",
                                        "Falta de estudos técnicos atualizados da área",
                                        "Equipe técnica; competência sobre obras públicas locais",
                                    ],
                                    [
                                        "Empresa prestadora do serviço de água",
                                        "Incorporar usuários formais e reduzir perdas",
                                        "Ligações informais que geram perdas",
                                        "Capacidade técnica; operação e manutenção da rede",
                                    ],
                                    [
                                        "Unidade de saúde do setor",
                                        "Reduzir as doenças de veiculação hídrica",
                                        "Alta demanda de atendimento por diarreias",
                                        "Registros de atendimento; agentes comunitários de saúde",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": "Matriz de envolvidos do caso ilustrativo de San Esteban",
                            },
                        },
                        {"type": "heading", "value": "A matriz de poder e interesse"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Para decidir como se relacionar com cada ator, posicione-o em "
                                "uma matriz de dois eixos: seu <strong>poder</strong> ou "
                                "capacidade de influenciar o projeto e seu "
                                "<strong>interesse</strong> nele. O resultado são quatro "
                                "quadrantes com estratégias diferentes:</p><ul><li><strong>Alto "
                                "poder, alto interesse:</strong> envolva-o de perto e gerencie a "
                                "relação de forma ativa (por exemplo, a empresa "
                                "prestadora).</li><li><strong>Alto poder, baixo "
                                "interesse:</strong> mantenha-o satisfeito e informado do "
                                "essencial, sem sobrecarregá-lo (por exemplo, um ministério "
                                "nacional).</li><li><strong>Baixo poder, alto interesse:</strong>"
                                " mantenha-o informado e abra canais de participação (com "
                                "frequência, a população afetada, cuja voz o projeto deve "
                                "fortalecer).</li><li><strong>Baixo poder, baixo "
                                "interesse:</strong> monitore sua posição com um esforço "
                                "mínimo.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Cuidado ao reduzir as pessoas a um quadrante",
                                "text": (
                                    "<p>Que a população afetada tenha «baixo poder» na matriz é um"
                                    " diagnóstico, não uma recomendação. Um projeto de cooperação "
                                    "sério busca que as pessoas destinatárias participem das "
                                    "decisões, e não apenas que sejam informadas.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<h3>Beneficiários diretos e indiretos</h3><p>Os editais costumam "
                                "pedir que você quantifique e descreva quem será beneficiado. Os "
                                "<strong>beneficiários diretos</strong> recebem os bens ou "
                                "serviços do projeto ou participam de suas atividades: no caso de "
                                "San Esteban, os domicílios que obtêm ligação à rede e as pessoas "
                                "que integram o comitê comunitário. Os <strong>beneficiários "
                                "indiretos</strong> se beneficiam em consequência das mudanças "
                                "alcançadas, sem participar diretamente: por exemplo, a unidade de"
                                " saúde, que passa a atender menos consultas, ou os bairros "
                                "vizinhos. Explique sempre como você calculou cada número e "
                                "desagregue os dados por sexo e idade sempre que possível.</p>"
                            ),
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Ator envolvido",
                                "definition": (
                                    "<p>Pessoa, grupo ou organização que tem interesse no projeto,"
                                    " que pode influenciá-lo ou que será afetada por seus "
                                    "resultados, de forma positiva ou negativa.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Questionário do módulo 1: diagnóstico",
                    "slug": "questionario-modulo-1-diagnostico",
                    "intro": (
                        "<p>Verifique o que você aprendeu sobre a árvore de problemas, a árvore de "
                        "objetivos e a análise de envolvidos. Você precisa de pelo menos 70 % para "
                        "ser aprovado. A questão dissertativa é corrigida por uma pessoa da equipe "
                        "docente.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>Qual destas formulações é a mais adequada para o problema "
                                    "central de uma árvore de problemas?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>O problema central é redigido como uma situação negativa "
                                    "existente, indicando quem é afetado, sem antecipar a "
                                    "solução.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": "Falta de uma estação de tratamento de água no setor norte.",
                                        "correct": False,
                                        "feedback": (
                                            "Essa redação descreve a ausência de uma solução e "
                                            "fecha outras alternativas."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "As famílias do setor norte não têm acesso contínuo a "
                                            "água própria para o consumo humano."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correto: é um estado negativo, concreto e referido a "
                                            "um grupo da população."
                                        ),
                                    },
                                    {
                                        "text": "A pobreza no país.",
                                        "correct": False,
                                        "feedback": (
                                            "É um problema amplo demais para que um projeto "
                                            "municipal possa enfrentá-lo."
                                        ),
                                    },
                                    {
                                        "text": "Melhorar o serviço de água.",
                                        "correct": False,
                                        "feedback": (
                                            "É um objetivo, não um problema, e além disso é muito geral."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>Ao converter a árvore de problemas em árvore de objetivos, "
                                    "em que se transformam as <strong>causas</strong>? Responda "
                                    "com uma palavra.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>As causas se transformam em meios; o problema central, em "
                                    "objetivo central; e os efeitos, em fins.</p>"
                                ),
                                "accepted_answers": ["meios", "meio", "os meios"],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>Um projeto bem formulado deve abordar todos os meios que "
                                    "aparecem na árvore de objetivos.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Falso. Os meios são agrupados em alternativas e se "
                                    "seleciona a mais conveniente segundo critérios explícitos. O "
                                    "que fica de fora é tratado por outras vias ou considerado nos"
                                    " pressupostos.</p>"
                                ),
                                "correct": "false",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>Quais colunas fazem parte da matriz clássica de "
                                    "envolvidos? Marque todas as corretas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>A matriz clássica registra, para cada ator, seus "
                                    "interesses, os problemas que percebe e seus recursos e "
                                    "mandatos.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {"text": "Interesses", "correct": True, "feedback": "Correto."},
                                    {"text": "Problemas percebidos", "correct": True, "feedback": "Correto."},
                                    {"text": "Recursos e mandatos", "correct": True, "feedback": "Correto."},
                                    {
                                        "text": "Meios de verificação",
                                        "correct": False,
                                        "feedback": (
                                            "É uma coluna da matriz de marco lógico, não da matriz "
                                            "de envolvidos."
                                        ),
                                    },
                                    {
                                        "text": "Cronograma de desembolsos",
                                        "correct": False,
                                        "feedback": "Faz parte do orçamento, não da análise de envolvidos.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "matching",
                            "value": {
                                "prompt": (
                                    "<p>Relacione cada quadrante da matriz de poder e interesse "
                                    "com a estratégia que lhe corresponde.</p>"
                                ),
                                "points": "2",
                                "feedback": (
                                    "<p>Alto poder e alto interesse: envolver de perto. Alto poder"
                                    " e baixo interesse: manter satisfeito. Baixo poder e alto "
                                    "interesse: manter informado e abrir canais de participação. "
                                    "Baixo poder e baixo interesse: monitorar.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "Alto poder, alto interesse",
                                        "right": "Envolver de perto e gerenciar ativamente",
                                    },
                                    {"left": "Alto poder, baixo interesse", "right": "Manter satisfeito"},
                                    {
                                        "left": "Baixo poder, alto interesse",
                                        "right": "Manter informado e abrir canais de participação",
                                    },
                                    {
                                        "left": "Baixo poder, baixo interesse",
                                        "right": "Monitorar com esforço mínimo",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "essay",
                            "value": {
                                "prompt": (
                                    "<p>Escolha um problema real do seu município. Formule o "
                                    "problema central, indique pelo menos duas causas e dois "
                                    "efeitos e explique como eles ficariam convertidos na árvore "
                                    "de objetivos.</p>"
                                ),
                                "points": "3",
                                "feedback": (
                                    "<p>Verifique se o seu problema central é uma situação "
                                    "negativa, concreta e sem uma solução implícita, e se cada "
                                    "relação da árvore é de causa e efeito.</p>"
                                ),
                                "rubric": (
                                    "<ul><li>O problema central está redigido como situação "
                                    "negativa, identifica a população afetada e não antecipa uma "
                                    "solução (1 ponto).</li><li>As causas e os efeitos são "
                                    "pertinentes e mantêm uma relação lógica de causa e efeito (1"
                                    " ponto).</li><li>A conversão para a árvore de objetivos "
                                    "transforma corretamente causas em meios, problema em objetivo"
                                    " central e efeitos em fins (1 ponto).</li></ul>"
                                ),
                                "max_words": 300,
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "A matriz de marco lógico e seus indicadores",
            "slug": "matriz-de-marco-logico-e-indicadores",
            "summary": (
                "Organize o projeto na matriz de marco lógico, verifique sua lógica vertical e "
                "horizontal e formule indicadores verificáveis com linha de base, meta e prazo."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "A estrutura da matriz de marco lógico",
                    "slug": "estrutura-da-matriz-de-marco-logico",
                    "estimated_minutes": 30,
                    "body": [
                        {"type": "heading", "value": "Um projeto em uma só página"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>A <strong>matriz de marco lógico</strong> (MML) resume, em uma"
                                " tabela de quatro linhas e quatro colunas, o que o projeto quer "
                                "alcançar, como você saberá se alcançou e de que condições externas"
                                " depende. Ela é usada por inúmeras agências de cooperação, bancos"
                                " de desenvolvimento e ministérios de planejamento da América "
                                "Latina; por isso, dominá-la permitirá que você responda à maioria"
                                " dos formulários de candidatura.</p><p>A matriz não substitui o "
                                "documento do projeto, mas é a sua espinha dorsal: se a matriz for"
                                " coerente, o restante da proposta (orçamento, cronograma, plano "
                                "de monitoramento) se organiza a partir dela.</p>"
                            ),
                        },
                        {"type": "heading", "value": "As quatro linhas: níveis de objetivos"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Cada linha corresponde a um nível de objetivos. Os nomes "
                                "variam conforme a instituição, mas a lógica é a "
                                "mesma:</p><ul><li><strong>Fim ou objetivo geral:</strong> a "
                                "mudança de longo prazo para a qual o projeto "
                                "<em>contribui</em>, junto com outras intervenções. Não se espera"
                                " que o projeto a alcance sozinho.</li><li><strong>Propósito ou "
                                "objetivo específico:</strong> a mudança direta que o projeto se "
                                "compromete a alcançar na população destinatária ao terminar. "
                                "Recomenda-se que haja um único propósito.</li><li><strong>"
                                "Componentes ou resultados:</strong> os bens, serviços ou "
                                "capacidades que o projeto produz e que, em conjunto, permitem "
                                "alcançar o propósito.</li><li><strong>Atividades:</strong> as "
                                "tarefas que precisam ser realizadas, com seus insumos, para "
                                "produzir cada componente.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "As quatro colunas"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><strong>Resumo narrativo:</strong> descreve o fim, o "
                                "propósito, os componentes e as atividades.</li><li><strong>"
                                "Indicadores objetivamente verificáveis:</strong> expressam como "
                                "será medido o alcance de cada nível, com quantidade, qualidade e "
                                "tempo. Na linha de atividades, muitas metodologias registram aqui"
                                " os insumos ou o orçamento.</li><li><strong>Meios ou fontes de "
                                "verificação:</strong> indicam onde e como será obtida a "
                                "informação de cada indicador.</li><li><strong>"
                                "Pressupostos:</strong> fatores externos, fora do controle do "
                                "projeto, que precisam se cumprir para passar de um nível ao "
                                "seguinte.</li></ul>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Nível",
                                        "Resumo narrativo",
                                        "Indicadores",
                                        "Meios de verificação",
                                        "Pressupostos",
                                    ],
                                    [
                                        "Fim",
                                        (
                                            "Contribuir para melhorar a saúde da população dos "
                                            "bairros periurbanos do setor norte de San Esteban"
                                        ),
                                        (
                                            "As consultas por doenças diarreicas em menores de 5 "
                                            "anos do setor diminuem em relação à linha de base, "
                                            "dois anos após o encerramento do projeto"
                                        ),
                                        "Registros de atendimento da unidade de saúde do setor",
                                        (
                                            "O município mantém sua política de extensão dos "
                                            "serviços básicos aos bairros periurbanos"
                                        ),
                                    ],
                                    [
                                        "Propósito",
                                        (
                                            "As famílias dos quatro bairros periurbanos têm acesso "
                                            "contínuo a água própria para o consumo humano"
                                        ),
                                        (
                                            "No mês 24, 80 % dos domicílios dos quatro bairros "
                                            "recebem água da rede pelo menos 20 horas por dia "
                                            "(linha de base: 0 %)"
                                        ),
                                        (
                                            "Registros da empresa prestadora; pesquisa domiciliar "
                                            "de linha de base e final"
                                        ),
                                        (
                                            "As famílias adotam práticas seguras de armazenamento e"
                                            " higiene; a unidade de saúde mantém seus programas de "
                                            "prevenção"
                                        ),
                                    ],
                                    [
                                        "Componentes",
                                        (
                                            "1. Rede de distribuição ampliada e ligações "
                                            "domiciliares instaladas. 2. Comitê comunitário de água"
                                            " criado e capacitado. 3. Campanha de armazenamento "
                                            "seguro realizada"
                                        ),
                                        (
                                            "1. 1200 ligações habilitadas no mês 18. 2. Comitê com "
                                            "ata de constituição e 20 integrantes capacitados no "
                                            "mês 12. 3. 1200 domicílios visitados no mês 20"
                                        ),
                                        (
                                            "Termos de recebimento da obra; registro de ligações; "
                                            "atas e listas de presença; relatórios da campanha"
                                        ),
                                        (
                                            "A empresa prestadora garante vazão suficiente na "
                                            "fonte; os domicílios aceitam formalizar sua ligação"
                                        ),
                                    ],
                                    [
                                        "Atividades",
                                        (
                                            "1.1 Elaborar o estudo técnico e o projeto. 1.2 "
                                            "Contratar e executar as obras. 2.1 Convocar e criar o"
                                            " comitê. 2.2 Capacitar o comitê. 3.1 Planejar e "
                                            "executar a campanha porta a porta"
                                        ),
                                        "Insumos e custos por atividade, conforme o orçamento do projeto",
                                        "Registros contábeis; contratos; relatórios de andamento",
                                        (
                                            "Os preços dos materiais não variam de forma "
                                            "significativa; os processos de contratação são "
                                            "concluídos nos prazos previstos"
                                        ),
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Estrutura da matriz de marco lógico com um exemplo "
                                    "ilustrativo (município fictício de San Esteban; números "
                                    "inventados)"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "example",
                                "title": "Como ler o exemplo",
                                "text": (
                                    "<p>Os números da tabela são inventados e servem apenas para "
                                    "mostrar como se redige cada célula. Observe que o propósito "
                                    "está escrito como uma mudança alcançada na população («as "
                                    "famílias têm acesso…») e não como uma ação do município "
                                    "(«ampliar a rede»): as ações ficam na linha de "
                                    "atividades.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Matriz de marco lógico",
                                "definition": (
                                    "<p>Ferramenta de planejamento que resume um projeto em uma "
                                    "tabela de quatro linhas (fim, propósito, componentes e "
                                    "atividades) e quatro colunas (resumo narrativo, indicadores,"
                                    " meios de verificação e pressupostos).</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Lógica vertical, lógica horizontal e pressupostos",
                    "slug": "logica-vertical-logica-horizontal-e-pressupostos",
                    "estimated_minutes": 25,
                    "body": [
                        {"type": "heading", "value": "A lógica vertical"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>A lógica vertical é lida de baixo para cima como uma cadeia de"
                                " condições «se… então…», que combina a primeira e a quarta "
                                "coluna:</p><ul><li><strong>Se</strong> as atividades forem "
                                "realizadas <strong>e</strong> os pressupostos desse nível se "
                                "cumprirem, <strong>então</strong> os componentes serão "
                                "produzidos.</li><li><strong>Se</strong> os componentes forem "
                                "produzidos <strong>e</strong> seus pressupostos se cumprirem, "
                                "<strong>então</strong> o propósito será "
                                "alcançado.</li><li><strong>Se</strong> o propósito for alcançado"
                                " <strong>e</strong> seus pressupostos se cumprirem, "
                                "<strong>então</strong> o projeto contribuirá para o "
                                "fim.</li></ul><p>Verifique também se cada componente tem as "
                                "atividades necessárias e suficientes e se não há atividades que "
                                "não levem a nenhum componente.</p>"
                            ),
                        },
                        {"type": "heading", "value": "A lógica horizontal"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>A lógica horizontal é lida ao longo de cada linha: cada "
                                "objetivo do resumo narrativo deve ter "
                                "<strong>indicadores</strong> que permitam saber se foi alcançado,"
                                " e cada indicador deve ter um <strong>meio de "
                                "verificação</strong> acessível e confiável. Se um indicador não "
                                "tiver onde ser verificado, ou se obter o dado custar mais do que "
                                "o razoável, reformule-o ou preveja no orçamento como levantar essa"
                                " informação (por exemplo, uma pesquisa de linha de base e outra "
                                "final).</p>"
                            ),
                        },
                        {"type": "heading", "value": "Como formular bons pressupostos"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Os pressupostos descrevem condições externas que a equipe do "
                                "projeto não controla, mas que são importantes para o sucesso. "
                                "Para decidir se um fator deve constar como pressuposto, faça "
                                "três perguntas:</p><ol><li>Ele é importante para alcançar o "
                                "nível seguinte? Se não for, não o inclua.</li><li>Está fora do "
                                "controle do projeto? Se o projeto puder garanti-lo, transforme-o "
                                "em uma atividade ou um componente.</li><li>Qual a probabilidade "
                                "de que se cumpra? Se for quase certo, não é preciso anotá-lo; se "
                                "for muito improvável e decisivo, você está diante de um "
                                "<strong>pressuposto fatal</strong>: redesenhe o projeto ou "
                                "reconsidere sua viabilidade.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Erros frequentes",
                                "text": (
                                    "<ul><li>Colocar como pressuposto algo que o próprio município "
                                    "deve fazer («o município aprova a contrapartida»): isso é um "
                                    "compromisso, não um pressuposto.</li><li>Repetir o mesmo "
                                    "objetivo com outras palavras em dois níveis "
                                    "diferentes.</li><li>Redigir o propósito como a soma dos "
                                    "componentes, em vez de como a mudança que eles "
                                    "produzem.</li><li>Incluir vários propósitos: se você tem dois,"
                                    " provavelmente tem dois projetos.</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: revisão da matriz de San Esteban",
                                "context": (
                                    "<p><em>Caso fictício.</em> Na primeira versão da matriz, a "
                                    "equipe de San Esteban havia escrito como pressuposto do nível"
                                    " de componentes: «a secretaria municipal de obras supervisiona"
                                    " a construção».</p>"
                                ),
                                "analysis": (
                                    "<p>Ao revisar a lógica vertical, a equipe concluiu que a "
                                    "supervisão da obra depende do próprio município. Ela a "
                                    "transferiu para a linha de atividades («supervisionar a "
                                    "execução das obras») e incluiu seu custo no orçamento. Por "
                                    "outro lado, manteve como pressuposto que a empresa prestadora "
                                    "garanta vazão suficiente na fonte, porque se trata de uma "
                                    "entidade diferente, cujo compromisso o projeto pode promover, "
                                    "mas não assegurar.</p>"
                                ),
                                "questions": (
                                    "<ul><li>O que a equipe faria se a empresa prestadora "
                                    "anunciasse que não pode garantir a vazão?</li><li>Como esse "
                                    "risco poderia ser reduzido antes de apresentar o "
                                    "projeto?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Pressuposto",
                                "definition": (
                                    "<p>Condição externa, fora do controle da equipe do projeto, "
                                    "que precisa se cumprir para que o alcance de um nível de "
                                    "objetivos leve ao nível seguinte.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Indicadores e meios de verificação",
                    "slug": "indicadores-e-meios-de-verificacao",
                    "estimated_minutes": 30,
                    "body": [
                        {"type": "heading", "value": "O que é um bom indicador"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Um indicador é uma variável que permite medir o grau em que um"
                                " objetivo é alcançado. Duas listas de critérios ajudarão você a "
                                "revisá-los:</p><ul><li><strong>SMART:</strong> específico, "
                                "mensurável, alcançável, relevante e com prazo definido "
                                "(<em>specific, measurable, achievable, relevant, "
                                "time-bound</em>).</li><li><strong>CREAM:</strong> claro, "
                                "relevante, econômico, adequado e monitorável (<em>clear, "
                                "relevant, economic, adequate, monitorable</em>), o critério "
                                "difundido pelo Banco Mundial para sistemas de monitoramento e "
                                "avaliação baseados em resultados.</li></ul><p>As duas listas "
                                "apontam para o mesmo: que qualquer pessoa, ao ler o indicador, "
                                "entenda o que se mede, possa obter o dado a um custo razoável e "
                                "saiba quando a meta deve ser alcançada.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Linha de base, meta e prazo"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Um indicador completo tem três elementos além da variável "
                                "medida:</p><ul><li><strong>Linha de base:</strong> o valor do "
                                "indicador antes do início do projeto. Sem ela, você não consegue "
                                "demonstrar mudança.</li><li><strong>Meta:</strong> o valor que "
                                "você espera alcançar.</li><li><strong>Prazo:</strong> o momento "
                                "em que a meta deve ser alcançada.</li></ul><p>Compare: «melhora o"
                                " acesso à água» não é um indicador; «percentual de domicílios dos"
                                " quatro bairros que recebem água da rede pelo menos 20 horas por "
                                "dia: de 0 % (linha de base) a 80 % no mês 24» é. Quando não "
                                "houver informação prévia, inclua no projeto uma atividade para "
                                "levantar a linha de base no início.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Tipos de indicadores segundo o nível"},
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    ["Tipo", "O que mede", "Nível da matriz", "Exemplo ilustrativo"],
                                    [
                                        "De processo ou de gestão",
                                        "O andamento das atividades e o uso dos insumos",
                                        "Atividades",
                                        "Percentual do orçamento de obras executado conforme o cronograma",
                                    ],
                                    [
                                        "De produto",
                                        "Os bens e serviços entregues pelo projeto",
                                        "Componentes",
                                        "Número de ligações domiciliares habilitadas",
                                    ],
                                    [
                                        "De resultado",
                                        "As mudanças diretas na população destinatária",
                                        "Propósito",
                                        (
                                            "Percentual de domicílios com água da rede"
                                            " pelo menos 20 horas por dia"
                                        ),
                                    ],
                                    [
                                        "De impacto",
                                        "As mudanças de longo prazo para as quais o projeto contribui",
                                        "Fim",
                                        "Variação das consultas por doenças diarreicas em menores de 5 anos",
                                    ],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Tipos de indicadores e sua posição na matriz de marco lógico"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Algumas metodologias agrupam os indicadores de produto entre os"
                                " de processo, e outras falam em indicadores de efeito em vez de "
                                "resultado. Use a terminologia que cada financiador pedir, mas "
                                "mantenha a distinção de fundo: o que o projeto <em>faz</em>, o "
                                "que <em>entrega</em> e o que <em>muda</em>.</p><h3>Meios de "
                                "verificação</h3><p>Para cada indicador, indique a "
                                "<strong>fonte</strong> (registros administrativos municipais, "
                                "estatísticas oficiais, pesquisas próprias, atas, fotografias "
                                "georreferenciadas, relatórios técnicos), <strong>quem</strong> "
                                "coleta a informação e <strong>com que frequência</strong>. "
                                "Prefira fontes que já existem e que continuarão existindo depois"
                                " do projeto; se precisar de uma pesquisa própria, inclua-a como "
                                "atividade, com o seu custo.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Menos indicadores, mais bem escolhidos",
                                "text": (
                                    "<p>Dois ou três indicadores sólidos por nível costumam ser "
                                    "suficientes. Cada indicador adicional implica tempo e dinheiro"
                                    " para coletar dados. Se um indicador não vai mudar nenhuma "
                                    "decisão nem demonstrar nenhuma conquista, elimine-o.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Linha de base",
                                "definition": (
                                    "<p>Valor de um indicador medido antes do início da "
                                    "intervenção. É o ponto de comparação para estabelecer a meta "
                                    "e demonstrar a mudança alcançada.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Questionário do módulo 2: marco lógico e indicadores",
                    "slug": "questionario-modulo-2-marco-logico",
                    "intro": (
                        "<p>Teste a sua compreensão da matriz de marco lógico, da sua lógica e dos "
                        "seus indicadores. Você precisa de pelo menos 70 % para ser aprovado.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "numeric",
                            "value": {
                                "prompt": (
                                    "<p>Quantas colunas tem a matriz de marco lógico padrão (sem "
                                    "contar a coluna que nomeia os níveis)?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>São quatro: resumo narrativo, indicadores objetivamente "
                                    "verificáveis, meios de verificação e pressupostos.</p>"
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
                                    "<p>Relacione cada coluna da matriz de marco lógico com o que "
                                    "ela contém.</p>"
                                ),
                                "points": "2",
                                "feedback": (
                                    "<p>Resumo narrativo: os objetivos e as atividades. "
                                    "Indicadores: como se mede o alcance. Meios de verificação: "
                                    "onde se obtém a informação. Pressupostos: condições externas "
                                    "necessárias.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "Resumo narrativo",
                                        "right": "Fim, propósito, componentes e atividades do projeto",
                                    },
                                    {
                                        "left": "Indicadores objetivamente verificáveis",
                                        "right": (
                                            "Quantidade, qualidade e tempo com que se mede o "
                                            "alcance de cada nível"
                                        ),
                                    },
                                    {
                                        "left": "Meios de verificação",
                                        "right": "Fontes de onde se obtém a informação de cada indicador",
                                    },
                                    {
                                        "left": "Pressupostos",
                                        "right": (
                                            "Condições externas, fora do controle do projeto, que "
                                            "precisam se cumprir"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "ordering",
                            "value": {
                                "prompt": (
                                    "<p>Ordene os passos para ir do diagnóstico a uma matriz de "
                                    "marco lógico completa.</p>"
                                ),
                                "points": "2",
                                "feedback": (
                                    "<p>Primeiro se analisa o problema; depois se constrói a "
                                    "situação desejada e se escolhe a alternativa; com ela se "
                                    "redige o resumo narrativo e, só então, se definem os "
                                    "indicadores e seus meios de verificação.</p>"
                                ),
                                "items": [
                                    "Construir a árvore de problemas",
                                    "Convertê-la em árvore de objetivos",
                                    "Selecionar a alternativa de intervenção",
                                    "Redigir o resumo narrativo: fim, propósito, componentes e atividades",
                                    "Formular os indicadores de cada nível",
                                    "Identificar os meios de verificação de cada indicador",
                                ],
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "<p>Qual destas frases está mais bem redigida como "
                                    "<strong>propósito</strong> de um projeto?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>O propósito descreve a mudança direta alcançada na "
                                    "população destinatária ao final do projeto.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": "Ampliar a rede de água potável no setor norte.",
                                        "correct": False,
                                        "feedback": (
                                            "É uma ação do município; corresponde a atividades ou "
                                            "componentes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "As famílias dos bairros do setor norte têm acesso "
                                            "contínuo a água própria para o consumo."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correto: é uma mudança alcançada na população destinatária."
                                        ),
                                    },
                                    {
                                        "text": "Contribuir para o desenvolvimento sustentável do país.",
                                        "correct": False,
                                        "feedback": "É amplo demais, mesmo para o nível de fim.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>«O município aprova a contrapartida comprometida» é um "
                                    "pressuposto corretamente formulado.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Falso. Depende do próprio município que apresenta o "
                                    "projeto; por isso, é um compromisso, não uma condição "
                                    "externa.</p>"
                                ),
                                "correct": "false",
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>Que elementos um indicador completo deve ter? Marque todas "
                                    "as corretas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Um indicador completo define a variável medida, sua linha "
                                    "de base, a meta e o prazo, e tem um meio de verificação.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {"text": "Linha de base", "correct": True, "feedback": "Correto."},
                                    {"text": "Meta", "correct": True, "feedback": "Correto."},
                                    {"text": "Prazo", "correct": True, "feedback": "Correto."},
                                    {
                                        "text": "Uma redação genérica que admita várias interpretações",
                                        "correct": False,
                                        "feedback": (
                                            "Pelo contrário: um indicador deve ser claro e específico."
                                        ),
                                    },
                                    {
                                        "text": "O nome do financiador",
                                        "correct": False,
                                        "feedback": "Não faz parte do indicador.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>Como se chama o valor de um indicador medido antes do "
                                    "início do projeto?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>É a linha de base, o ponto de comparação para fixar a meta"
                                    " e demonstrar a mudança.</p>"
                                ),
                                "accepted_answers": [
                                    "linha de base",
                                    "linha base",
                                    "a linha de base",
                                    "valor de base",
                                    "marco zero",
                                ],
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Orçamento e fontes de financiamento",
            "slug": "orcamento-e-fontes-de-financiamento",
            "summary": (
                "Elabore um orçamento coerente com o marco lógico, com contrapartida e cronograma "
                "de desembolsos, identifique fontes de financiamento e aprenda a ler um edital."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "O orçamento do projeto",
                    "slug": "o-orcamento-do-projeto",
                    "estimated_minutes": 30,
                    "body": [
                        {"type": "heading", "value": "O orçamento traduz a matriz em recursos"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>O orçamento não é um anexo preenchido no final: é a expressão "
                                "em dinheiro das atividades da matriz de marco lógico. Quem avalia"
                                " uma proposta verifica se cada atividade tem recursos alocados e "
                                "se cada gasto corresponde a uma atividade. Um orçamento inflado "
                                "ou, ao contrário, insuficiente para o que se promete tira a "
                                "credibilidade de todo o projeto.</p><p>Os financiadores costumam"
                                " pedir o orçamento organizado de duas maneiras, que devem "
                                "coincidir: <strong>por atividades</strong> (ou por componentes) e"
                                " <strong>por rubricas</strong> ou categorias de "
                                "despesa.</p><h3>Rubricas habituais</h3><ul><li><strong>"
                                "Pessoal:</strong> equipe do projeto, com dedicação e "
                                "período.</li><li><strong>Serviços técnicos e "
                                "consultorias:</strong> estudos, projetos, capacitações externas,"
                                " auditorias.</li><li><strong>Obras e "
                                "infraestrutura.</strong></li><li><strong>Equipamentos e "
                                "materiais.</strong></li><li><strong>Viagens e "
                                "deslocamentos.</strong></li><li><strong>Comunicação e "
                                "visibilidade</strong>, quando o financiador "
                                "exige.</li><li><strong>Monitoramento e avaliação:</strong> linha "
                                "de base, avaliação final, relatórios.</li><li><strong>Custos "
                                "indiretos:</strong> despesas administrativas gerais da entidade "
                                "executora.</li></ul><p>Calcule cada item a partir de quantidades "
                                "e custos unitários («3 oficinas × 40 pessoas × custo por "
                                "pessoa»), documente de onde vêm os preços (cotações, preços de "
                                "referência municipais) e respeite as categorias e os limites que"
                                " cada edital estabelece.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Custos diretos e indiretos"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Os <strong>custos diretos</strong> estão ligados de forma "
                                "identificável às atividades do projeto: a obra, as oficinas, a "
                                "equipe alocada. Os <strong>custos indiretos</strong> são despesas"
                                " gerais da instituição que o projeto ajuda a sustentar, mas que "
                                "não podem ser atribuídas a uma atividade concreta, como parte da "
                                "administração ou da contabilidade. Muitos financiadores os "
                                "aceitam apenas até um percentual máximo dos custos diretos, e "
                                "outros não os financiam: verifique sempre o que o edital "
                                "estabelece.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Contrapartida e cofinanciamento"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>A <strong>contrapartida local</strong> é a contribuição da "
                                "entidade proponente, neste caso o município. Ela pode "
                                "ser:</p><ul><li><strong>Financeira:</strong> recursos do "
                                "orçamento municipal destinados ao projeto.</li><li><strong>Não "
                                "financeira (econômica):</strong> bens e serviços valorados, como"
                                " horas de trabalho de servidores municipais, uso de máquinas, "
                                "espaços ou terrenos. Valore-os com critérios verificáveis (por "
                                "exemplo, o custo real por hora da equipe) e guarde a "
                                "documentação que os comprove.</li></ul><p>O "
                                "<strong>cofinanciamento</strong> é a contribuição de outros "
                                "financiadores além do principal, como outro nível de governo, uma"
                                " fundação ou uma empresa prestadora. Muitos editais exigem um "
                                "percentual mínimo de contrapartida ou de cofinanciamento, e "
                                "alguns só aceitam contribuições financeiras para cumpri-lo.</p>"
                            ),
                        },
                        {
                            "type": "table",
                            "value": {
                                "data": [
                                    [
                                        "Atividade ou rubrica",
                                        "Valor solicitado",
                                        "Contrapartida financeira",
                                        "Contrapartida não financeira",
                                        "Total",
                                    ],
                                    ["1.1 Estudo técnico e projeto da rede", "10 000", "0", "4000", "14 000"],
                                    ["1.2 Obras de ampliação da rede", "90 000", "15 000", "0", "105 000"],
                                    [
                                        "2.1 e 2.2 Criação e capacitação do comitê comunitário",
                                        "6000",
                                        "0",
                                        "3000",
                                        "9000",
                                    ],
                                    ["3.1 Campanha de armazenamento seguro", "5000", "1000", "2000", "8000"],
                                    ["Monitoramento e avaliação", "4000", "0", "2000", "6000"],
                                    ["Custos indiretos", "5000", "0", "3000", "8000"],
                                    ["Total", "120 000", "16 000", "14 000", "150 000"],
                                ],
                                "first_row_is_table_header": True,
                                "first_col_is_header": True,
                                "table_caption": (
                                    "Orçamento ilustrativo do projeto de San Esteban, em dólares "
                                    "americanos (números inventados)"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "example",
                                "title": "Cálculo da contrapartida",
                                "text": (
                                    "<p>No orçamento ilustrativo, a contrapartida total do "
                                    "município é de 16 000 + 14 000 = 30 000 dólares. Sobre um "
                                    "custo total de 150 000, ela representa 30 000 ÷ 150 000 = "
                                    "0,20, ou seja, <strong>20 %</strong> do projeto. Verifique "
                                    "sempre sobre que base cada edital calcula o percentual: o "
                                    "custo total do projeto ou o valor solicitado.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<h3>Cronograma de desembolsos e coerência</h3><p>Os "
                                "financiadores costumam transferir os recursos em "
                                "<strong>parcelas</strong>, frequentemente condicionadas à "
                                "apresentação de relatórios técnicos e financeiros. Elabore um "
                                "cronograma de desembolsos alinhado ao cronograma de atividades e "
                                "estime o fluxo de caixa: se uma obra for paga antes do "
                                "recebimento da segunda parcela, o município terá de adiantar "
                                "recursos. Considere também as regras do seu orçamento municipal "
                                "anual e das compras públicas, as variações cambiais se a "
                                "contribuição estiver em outra moeda e os custos de operação e "
                                "manutenção que o município assumirá quando o projeto "
                                "terminar.</p>"
                            ),
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Contrapartida",
                                "definition": (
                                    "<p>Contribuição da entidade proponente a um projeto "
                                    "cofinanciado, financeira ou não financeira (valorada). "
                                    "Demonstra compromisso institucional e com frequência é um "
                                    "requisito de elegibilidade.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Fontes de financiamento para governos locais",
                    "slug": "fontes-de-financiamento-para-governos-locais",
                    "estimated_minutes": 25,
                    "body": [
                        {"type": "heading", "value": "Um mapa das fontes"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>A cooperação internacional chega aos municípios por vários "
                                "canais. Conhecê-los permite buscar o financiador adequado para "
                                "cada projeto, em vez de adaptar cada projeto ao primeiro fundo "
                                "disponível.</p><ul><li><strong>Cooperação bilateral:</strong> a "
                                "que o governo de um país concede a outro, normalmente por meio da"
                                " sua agência de cooperação ou da sua embaixada. Costuma ser "
                                "negociada com o governo nacional receptor, embora alguns "
                                "programas financiem diretamente governos locais ou "
                                "organizações.</li><li><strong>Cooperação multilateral:</strong> a"
                                " que é canalizada por organismos internacionais formados por "
                                "vários Estados, como as agências, fundos e programas do sistema "
                                "das Nações Unidas. A União Europeia também financia programas "
                                "abertos a autoridades locais.</li><li><strong>Cooperação "
                                "descentralizada:</strong> a que os governos subnacionais "
                                "(cidades, estados, províncias, regiões) realizam entre si, por "
                                "exemplo por meio de acordos de cidades-irmãs, convênios de cidade"
                                " a cidade ou projetos conjuntos no âmbito de "
                                "redes.</li><li><strong>Fundações e filantropia:</strong> "
                                "fundações privadas, empresariais ou comunitárias com linhas "
                                "temáticas próprias; costumam financiar inovação, projetos-piloto "
                                "ou fortalecimento de capacidades.</li><li><strong>Bancos de "
                                "desenvolvimento:</strong> entidades como o Banco Interamericano "
                                "de Desenvolvimento (BID), o Banco Mundial, o CAF – Banco de "
                                "Desenvolvimento da América Latina e do Caribe ou o FONPLATA. "
                                "Concedem principalmente empréstimos e, em alguns casos, "
                                "cooperações técnicas não reembolsáveis.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Empréstimos não são o mesmo que doações",
                                "text": (
                                    "<p>Um empréstimo gera dívida para o município. Em muitos "
                                    "países, o endividamento dos governos subnacionais, e em "
                                    "especial o endividamento externo, exige autorizações do "
                                    "governo nacional, da câmara municipal ou de ambos e, às vezes,"
                                    " uma garantia soberana. Consulte a legislação do seu país "
                                    "antes de explorar esse caminho.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Critérios para escolher uma fonte"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><strong>Afinidade temática e geográfica:</strong> ela "
                                "financia o setor e a região do seu "
                                "projeto?</li><li><strong>Elegibilidade:</strong> aceita governos"
                                " locais como proponentes ou apenas como "
                                "parceiros?</li><li><strong>Escala:</strong> os valores habituais "
                                "correspondem ao tamanho do seu "
                                "projeto?</li><li><strong>Modalidade:</strong> doação, empréstimo,"
                                " assistência técnica, intercâmbio.</li><li><strong>"
                                "Exigências:</strong> contrapartida, relatórios, auditorias, "
                                "idioma, prazos de execução.</li><li><strong>Capacidade "
                                "interna:</strong> a sua equipe consegue dar conta da gestão "
                                "administrativa exigida?</li></ul>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Não se esqueça dos atores nacionais: em vários países da "
                                "região, existem agências ou departamentos nacionais de cooperação"
                                " internacional que orientam, registram ou coordenam os projetos "
                                "recebidos pelos governos locais. Conhecer seus procedimentos evita"
                                " problemas na hora de assinar convênios.</p>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: San Esteban combina fontes",
                                "context": (
                                    "<p><em>Caso fictício.</em> O projeto de água de San Esteban "
                                    "custa mais do que qualquer fundo de doação ao qual o "
                                    "município pode ter acesso oferece. Além disso, o projeto "
                                    "técnico exige uma experiência que a equipe local não "
                                    "tem.</p>"
                                ),
                                "analysis": (
                                    "<p>A equipe decidiu combinar fontes: uma doação de um "
                                    "programa de cooperação para as obras e a campanha, uma "
                                    "contribuição da empresa prestadora como cofinanciamento, a "
                                    "contrapartida municipal financeira e não financeira e uma "
                                    "assistência técnica entre pares com uma cidade-irmã que já "
                                    "resolveu um problema semelhante. Cada fonte está ligada a "
                                    "componentes precisos da matriz, para evitar que um mesmo "
                                    "gasto seja financiado duas vezes.</p>"
                                ),
                                "questions": (
                                    "<ul><li>Que riscos implica depender de várias fontes com "
                                    "prazos diferentes?</li><li>Como essa combinação apareceria no"
                                    " orçamento?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Cooperação descentralizada",
                                "definition": (
                                    "<p>Cooperação internacional promovida por governos "
                                    "subnacionais, como municípios, estados, províncias ou regiões,"
                                    " diretamente entre si ou por meio de redes, sem depender "
                                    "necessariamente do governo nacional.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Como ler um edital",
                    "slug": "como-ler-um-edital",
                    "estimated_minutes": 25,
                    "body": [
                        {"type": "heading", "value": "Antes de escrever, leia com método"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Um <strong>edital</strong> (ou chamada pública) é o convite "
                                "público de um financiador para receber propostas. Costuma incluir"
                                " um regulamento ou guia para proponentes, formulários, modelos de"
                                " orçamento e de marco lógico e uma seção de perguntas frequentes."
                                " Muitas propostas são descartadas não pela sua qualidade, mas por"
                                " descumprirem um requisito formal. Leia o edital completo pelo "
                                "menos duas vezes: uma para decidir se vale a pena se candidatar e"
                                " outra, com lápis na mão, para montar a lista de requisitos.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Os quatro blocos que você deve identificar"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><strong>Elegibilidade:</strong> quem pode se candidatar "
                                "(tipo de entidade, país, porte), se são exigidos parceiros ou "
                                "consórcios, que temas, despesas e durações são aceitos e os "
                                "valores mínimos e máximos.</li><li><strong>Critérios de "
                                "avaliação:</strong> que aspectos recebem nota e com que peso. É o"
                                " melhor guia para redigir: dedique mais espaço ao que vale mais "
                                "pontos.</li><li><strong>Prazos:</strong> data e hora limite "
                                "(verifique o fuso horário), prazo para enviar dúvidas, datas de "
                                "divulgação dos resultados e duração máxima do "
                                "projeto.</li><li><strong>Formatos:</strong> idioma, extensão "
                                "máxima, modelos obrigatórios, anexos, assinaturas, cadastro prévio"
                                " em plataformas on-line e forma de envio.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Trabalhe com um calendário reverso",
                                "text": (
                                    "<p>Parta da data de encerramento e volte no tempo: quando a "
                                    "carta do prefeito ou da prefeita precisa estar assinada? Você"
                                    " precisa de uma autorização da câmara municipal para "
                                    "comprometer a contrapartida? Quanto tempo levam as cartas dos"
                                    " parceiros? Os trâmites internos costumam levar mais tempo do"
                                    " que a redação.</p>"
                                ),
                            },
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: um edital que não era para San Esteban",
                                "context": (
                                    "<p><em>Caso fictício.</em> A equipe de San Esteban encontrou "
                                    "um fundo temático sobre água e saneamento que parecia ideal. "
                                    "Ao ler a seção de elegibilidade, descobriu que só podiam se "
                                    "candidatar organizações da sociedade civil, embora elas "
                                    "pudessem incluir um município como parceiro.</p>"
                                ),
                                "analysis": (
                                    "<p>Em vez de descartar a oportunidade, a equipe avaliou se uma"
                                    " organização local com experiência no tema poderia liderar a "
                                    "proposta, com o município como parceiro responsável pelas "
                                    "obras e pela contrapartida. Concluiu que a aliança era viável,"
                                    " mas que exigia definir por escrito os papéis, a gestão dos "
                                    "recursos e a propriedade das obras ao final do projeto.</p>"
                                ),
                                "questions": (
                                    "<ul><li>Que vantagens e riscos tem para o município "
                                    "participar como parceiro, e não como proponente "
                                    "principal?</li><li>Que documento formalizaria a "
                                    "aliança?</li></ul>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Lista de verificação antes de enviar"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>O projeto cumpre todos os requisitos de "
                                "elegibilidade.</li><li>Cada critério de avaliação tem uma "
                                "resposta clara no texto.</li><li>A matriz de marco lógico, o "
                                "orçamento e o cronograma contam a mesma história.</li><li>Os "
                                "valores coincidem em todos os formulários e anexos.</li><li>Estão"
                                " presentes todas as assinaturas, cartas de apoio e documentos "
                                "legais solicitados.</li><li>Você respeitou a extensão, o idioma e"
                                " os modelos exigidos.</li><li>Você enviou com folga antes do "
                                "encerramento e guardou o comprovante de envio.</li></ul>"
                            ),
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Edital",
                                "definition": (
                                    "<p>Chamada pública de um financiador para receber propostas "
                                    "de projetos, com regras sobre quem pode se candidatar, o que "
                                    "se financia, como se avalia e em que prazos.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Questionário do módulo 3: orçamento e financiamento",
                    "slug": "questionario-modulo-3-orcamento-e-financiamento",
                    "intro": (
                        "<p>Verifique o que você aprendeu sobre o orçamento, as fontes de "
                        "financiamento e a leitura de editais. Você precisa de pelo menos 70 % para"
                        " ser aprovado. A questão dissertativa é corrigida por uma pessoa da equipe"
                        " docente.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "numeric",
                            "value": {
                                "prompt": (
                                    "<p>Um projeto custa no total 80 000 dólares. O município "
                                    "contribui com 12 000 dólares em recursos financeiros e 8000 "
                                    "dólares em contrapartida não financeira, e o restante é "
                                    "financiado por um doador. Que percentual do custo total "
                                    "representa a contrapartida municipal? Escreva apenas o "
                                    "número.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>A contrapartida é de 12 000 + 8000 = 20 000 dólares; "
                                    "20 000 ÷ 80 000 = 0,25, ou seja, 25 %.</p>"
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
                                    "<p>Qual destas despesas é um <strong>custo indireto</strong> "
                                    "do projeto?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Os custos indiretos são despesas gerais da instituição que"
                                    " não podem ser atribuídas a uma atividade concreta.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": "Os materiais para construir a rede de água.",
                                        "correct": False,
                                        "feedback": (
                                            "Estão ligados diretamente à atividade de obras: é um "
                                            "custo direto."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Uma parte das despesas gerais de administração e "
                                            "contabilidade da entidade executora."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correto: é uma despesa geral que o projeto ajuda a sustentar."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Os honorários de quem facilita as oficinas do comitê "
                                            "comunitário."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Correspondem a uma atividade identificável: é um custo direto."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>Quais destas contribuições podem ser registradas como "
                                    "<strong>contrapartida não financeira</strong> do município? "
                                    "Marque todas as corretas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>A contrapartida não financeira são bens e serviços do "
                                    "município valorados com critérios verificáveis.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {
                                        "text": (
                                            "Horas da equipe técnica municipal alocada ao projeto, "
                                            "valoradas pelo seu custo real"
                                        ),
                                        "correct": True,
                                        "feedback": "Correto.",
                                    },
                                    {
                                        "text": "Uso de um espaço municipal para as oficinas",
                                        "correct": True,
                                        "feedback": "Correto.",
                                    },
                                    {
                                        "text": "Uso de máquinas municipais nas obras",
                                        "correct": True,
                                        "feedback": "Correto.",
                                    },
                                    {
                                        "text": (
                                            "Uma transferência do orçamento municipal para a conta do projeto"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "É contrapartida, mas financeira, não em bens e serviços."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A contribuição de uma fundação diferente"
                                            " do financiador principal"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "É cofinanciamento de um terceiro, não contrapartida do "
                                            "município."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>Cada rubrica do orçamento deveria poder ser ligada a pelo "
                                    "menos uma atividade da matriz de marco lógico.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Verdadeiro. A coerência entre orçamento e marco lógico "
                                    "exige que cada gasto corresponda a uma atividade e que cada "
                                    "atividade tenha recursos alocados. Os custos indiretos, se o "
                                    "edital os admitir, são a exceção habitual.</p>"
                                ),
                                "correct": "true",
                            },
                        },
                        {
                            "type": "matching",
                            "value": {
                                "prompt": "<p>Relacione cada fonte de financiamento com a sua descrição.</p>",
                                "points": "2",
                                "feedback": (
                                    "<p>Revise a aula «Fontes de financiamento para governos "
                                    "locais» se tiver ficado com dúvidas.</p>"
                                ),
                                "pairs": [
                                    {
                                        "left": "Cooperação bilateral",
                                        "right": (
                                            "Contribuições do governo de um país, em geral por meio"
                                            " da sua agência de cooperação"
                                        ),
                                    },
                                    {
                                        "left": "Cooperação multilateral",
                                        "right": (
                                            "Recursos canalizados por organismos internacionais "
                                            "formados por vários Estados"
                                        ),
                                    },
                                    {
                                        "left": "Cooperação descentralizada",
                                        "right": (
                                            "Cooperação entre governos subnacionais, como cidades e regiões"
                                        ),
                                    },
                                    {
                                        "left": "Bancos de desenvolvimento",
                                        "right": (
                                            "Principalmente empréstimos, às vezes com cooperações "
                                            "técnicas não reembolsáveis"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>Como se chama a contribuição de financiadores diferentes do"
                                    " principal e da própria entidade proponente, como outro nível"
                                    " de governo ou uma fundação? Responda com uma palavra.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>É o cofinanciamento. A contrapartida, por sua vez, é a "
                                    "contribuição da própria entidade proponente.</p>"
                                ),
                                "accepted_answers": [
                                    "cofinanciamento",
                                    "co-financiamento",
                                    "co financiamento",
                                    "o cofinanciamento",
                                ],
                            },
                        },
                        {
                            "type": "essay",
                            "value": {
                                "prompt": (
                                    "<p>Imagine que você encontrou um edital que poderia financiar "
                                    "um projeto do seu município. Explique o que você revisaria "
                                    "nas seções de elegibilidade, critérios de avaliação, prazos e"
                                    " formatos antes de decidir se candidatar, e que trâmites "
                                    "internos do seu município você deveria prever.</p>"
                                ),
                                "points": "3",
                                "feedback": (
                                    "<p>Uma boa resposta cobre os quatro blocos do edital e os "
                                    "relaciona com as capacidades e os trâmites reais do "
                                    "município.</p>"
                                ),
                                "rubric": (
                                    "<ul><li>Menciona aspectos concretos de elegibilidade (tipo de"
                                    " proponente, parceiros, temas, valores) e de critérios de "
                                    "avaliação (1 ponto).</li><li>Considera prazos e formatos, "
                                    "incluindo um cronograma de trabalho ou calendário reverso (1 "
                                    "ponto).</li><li>Identifica trâmites internos pertinentes, como"
                                    " assinaturas, autorizações para comprometer a contrapartida ou"
                                    " cartas de parceiros, e avalia a capacidade da equipe (1 "
                                    "ponto).</li></ul>"
                                ),
                                "max_words": 300,
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Cooperação Sul-Sul e triangular entre cidades",
            "slug": "cooperacao-sul-sul-e-triangular-entre-cidades",
            "summary": (
                "Conheça os princípios da cooperação Sul-Sul e triangular e aprenda a organizar "
                "intercâmbios de experiências e assistência técnica entre cidades, com o apoio das "
                "redes."
            ),
            "items": [
                {
                    "kind": "lesson",
                    "title": "Princípios da cooperação Sul-Sul e triangular",
                    "slug": "principios-da-cooperacao-sul-sul-e-triangular",
                    "estimated_minutes": 25,
                    "body": [
                        {"type": "heading", "value": "O que é a cooperação Sul-Sul"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>A <strong>cooperação Sul-Sul</strong> é a que acontece entre "
                                "países em desenvolvimento, e também entre seus governos locais, "
                                "instituições e organizações, para compartilhar conhecimentos, "
                                "experiências, tecnologias e recursos. Diferentemente do esquema "
                                "tradicional entre um doador e um receptor, ela parte da ideia de "
                                "que todos os participantes têm algo a oferecer e algo a "
                                "aprender.</p><p>Um antecedente fundamental é o <strong>Plano de "
                                "Ação de Buenos Aires</strong> para promover e implementar a "
                                "cooperação técnica entre os países em desenvolvimento, adotado em"
                                " 1978 em uma conferência das Nações Unidas realizada naquela "
                                "cidade. Quarenta anos depois, em 2019, Buenos Aires sediou a "
                                "Segunda Conferência de Alto Nível das Nações Unidas sobre a "
                                "Cooperação Sul-Sul, conhecida como <strong>PABA+40</strong> (ou "
                                "BAPA+40, pela sigla em inglês).</p>"
                            ),
                        },
                        {"type": "heading", "value": "Seus princípios"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Nos fóruns internacionais e nos espaços ibero-americanos, "
                                "estes princípios são mencionados com frequência:</p><ul><li>"
                                "<strong>Horizontalidade:</strong> as partes se relacionam como "
                                "pares, sem condicionalidades impostas por uma sobre a "
                                "outra.</li><li><strong>Benefício mútuo:</strong> todas as partes "
                                "obtêm algo valioso, ainda que não seja o mesmo nem na mesma "
                                "medida.</li><li><strong>Consenso:</strong> as decisões sobre o "
                                "projeto são tomadas de comum acordo.</li><li><strong>"
                                "Equidade:</strong> os custos e os benefícios são distribuídos de "
                                "forma justa.</li><li><strong>Respeito à soberania e "
                                "apropriação:</strong> cada parte define suas prioridades e lidera"
                                " o próprio desenvolvimento.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "key_idea",
                                "title": "Um complemento, não um substituto",
                                "text": (
                                    "<p>A cooperação Sul-Sul não substitui a cooperação "
                                    "tradicional entre países desenvolvidos e em desenvolvimento: "
                                    "ela a complementa. Seu valor está na proximidade dos "
                                    "contextos, na pertinência das soluções e na aprendizagem nos "
                                    "dois sentidos.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "A cooperação triangular"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Na <strong>cooperação triangular</strong> participam dois ou "
                                "mais países em desenvolvimento junto com um terceiro ator, que "
                                "pode ser um país desenvolvido ou um organismo internacional. No "
                                "âmbito ibero-americano, costumam-se distinguir três "
                                "papéis:</p><ul><li><strong>Primeiro ofertante:</strong> "
                                "compartilha principalmente sua experiência e suas capacidades "
                                "técnicas.</li><li><strong>Segundo ofertante:</strong> apoia com "
                                "recursos financeiros, técnicos ou "
                                "logísticos.</li><li><strong>Receptor:</strong> recebe a "
                                "cooperação para fortalecer suas capacidades, embora também "
                                "contribua e aprenda.</li></ul><p>Para uma cidade, a modalidade "
                                "triangular pode ser uma forma de financiar um intercâmbio com "
                                "outra cidade da região que, de outro modo, nenhuma das duas "
                                "conseguiria custear.</p>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: um triângulo pela água",
                                "context": (
                                    "<p><em>Caso fictício.</em> A cidade de Puerto Claro, também "
                                    "fictícia, organizou anos atrás comitês comunitários que "
                                    "colaboram com a empresa prestadora na gestão da água em seus "
                                    "bairros periféricos. San Esteban quer aprender com essa "
                                    "experiência.</p>"
                                ),
                                "analysis": (
                                    "<p>Com o apoio de uma rede de cidades, os dois municípios "
                                    "desenharam um projeto triangular: Puerto Claro contribui com "
                                    "sua experiência como primeiro ofertante; um programa de "
                                    "cooperação de uma agência europeia financia as viagens e uma "
                                    "sistematização como segundo ofertante; e San Esteban, como "
                                    "receptor, contribui com o tempo da sua equipe e a organização"
                                    " das atividades locais. As decisões são tomadas em um comitê "
                                    "com representantes das três partes.</p>"
                                ),
                                "questions": (
                                    "<ul><li>O que Puerto Claro poderia aprender com San Esteban "
                                    "nesse intercâmbio?</li><li>Como o princípio do consenso se "
                                    "refletiria na gestão do projeto?</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Cooperação triangular",
                                "definition": (
                                    "<p>Modalidade em que dois ou mais países em desenvolvimento, "
                                    "ou seus governos locais, cooperam com o apoio de um terceiro "
                                    "ator, como um país desenvolvido ou um organismo "
                                    "internacional.</p>"
                                ),
                            },
                        },
                        {
                            "type": "glossary_term",
                            "value": {
                                "term": "Horizontalidade",
                                "definition": (
                                    "<p>Princípio segundo o qual as partes de uma cooperação se "
                                    "relacionam como pares, definem juntas os objetivos e não "
                                    "impõem condições unilaterais.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "lesson",
                    "title": "Intercâmbios entre cidades e o papel das redes",
                    "slug": "intercambios-entre-cidades-e-o-papel-das-redes",
                    "estimated_minutes": 25,
                    "body": [
                        {"type": "heading", "value": "Aprender com outra cidade"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Muitos problemas municipais (gestão de resíduos, água, "
                                "mobilidade, gestão de riscos de desastres, arrecadação) já foram "
                                "enfrentados por outras cidades da região, com recursos e "
                                "contextos parecidos. A cooperação entre cidades permite "
                                "aproveitar esse conhecimento prático. Suas modalidades mais "
                                "comuns são:</p><ul><li><strong>Estágios ou visitas "
                                "técnicas:</strong> servidores de uma cidade conhecem em campo "
                                "como outra resolveu um problema.</li><li><strong>Assistência "
                                "técnica entre pares:</strong> especialistas de uma prefeitura "
                                "assessoram outra, presencialmente ou a distância, sobre uma "
                                "tarefa concreta.</li><li><strong>Cidades-irmãs e acordos de "
                                "cidade a cidade:</strong> marcos de relação de longo prazo que "
                                "permitem várias ações sucessivas.</li><li><strong>Projetos "
                                "conjuntos:</strong> duas ou mais cidades se candidatam juntas a "
                                "um edital.</li><li><strong>Comunidades de prática:</strong> "
                                "grupos de trabalho permanentes sobre um tema, muitas vezes "
                                "organizados por redes.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Como organizar um intercâmbio útil"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><strong>Defina a pergunta de aprendizagem.</strong> O que"
                                " o seu município precisa resolver e o que exatamente você quer "
                                "aprender?</li><li><strong>Identifique a cidade com a experiência"
                                " pertinente.</strong> As redes, as agências de cooperação e as "
                                "universidades podem ajudar você a encontrá-la.</li><li><strong>"
                                "Combine os termos de referência.</strong> Defina com a cidade "
                                "anfitriã os objetivos, a agenda, os participantes, a divisão dos "
                                "custos e os produtos esperados.</li><li><strong>Realize o "
                                "intercâmbio.</strong> Inclua conversas com quem opera o serviço e"
                                " com a comunidade, não apenas com as "
                                "autoridades.</li><li><strong>Elabore um plano de "
                                "adaptação.</strong> Traduza o que aprendeu em ações concretas "
                                "ajustadas ao seu contexto.</li><li><strong>Acompanhe e "
                                "compartilhe os resultados.</strong> Informe à cidade anfitriã e "
                                "à rede o que você aplicou e com que resultados.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Adaptar, não copiar",
                                "text": (
                                    "<p>Uma prática que funcionou em outra cidade depende do seu "
                                    "marco legal, das suas capacidades, do seu financiamento e da "
                                    "sua cultura institucional. Antes de transferi-la, identifique "
                                    "que condições a tornaram possível e quais delas existem, ou "
                                    "podem ser criadas, no seu município.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "O papel das redes de cidades"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>As redes de governos locais, de alcance regional, como a "
                                "Mercocidades, ou mundial, como Cidades e Governos Locais Unidos "
                                "(CGLU), cumprem várias funções na cooperação entre "
                                "cidades:</p><ul><li>colocam em contato cidades com necessidades e"
                                " experiências complementares;</li><li>documentam e divulgam boas "
                                "práticas;</li><li>organizam grupos de trabalho temáticos, "
                                "capacitações e intercâmbios;</li><li>facilitam o acesso a "
                                "programas de cooperação e a financiadores e, às vezes, os "
                                "gerenciam;</li><li>representam os interesses dos governos locais "
                                "nos fóruns nacionais e internacionais.</li></ul><p>Participar "
                                "ativamente de uma rede, e não apenas constar como membro, aumenta"
                                " as oportunidades do seu município de oferecer e receber "
                                "cooperação.</p>"
                            ),
                        },
                        {
                            "type": "case_study",
                            "value": {
                                "title": "Caso ilustrativo: o estágio de San Esteban em Puerto Claro",
                                "context": (
                                    "<p><em>Caso fictício.</em> Três servidores de San Esteban e "
                                    "duas lideranças comunitárias viajaram a Puerto Claro. A agenda"
                                    " incluiu reuniões com a empresa prestadora, visitas a dois "
                                    "bairros e um dia de trabalho com os comitês comunitários. Os "
                                    "custos foram compartilhados: San Esteban pagou as passagens e "
                                    "Puerto Claro cobriu o transporte e os espaços locais.</p>"
                                ),
                                "analysis": (
                                    "<p>Na volta, a equipe elaborou um plano de adaptação. "
                                    "Descobriu que o regulamento dos comitês de Puerto Claro não "
                                    "podia ser aplicado tal como estava, porque em San Esteban as "
                                    "associações de moradores têm outra forma jurídica. Decidiu "
                                    "adaptar o modelo e pediu a Puerto Claro uma assistência "
                                    "técnica a distância para redigir o seu próprio regulamento. "
                                    "Por sua vez, San Esteban compartilhou com Puerto Claro o seu "
                                    "sistema de registro georreferenciado de ligações.</p>"
                                ),
                                "questions": (
                                    "<ul><li>Que evidência mostra que o intercâmbio foi de "
                                    "benefício mútuo?</li><li>Como você incorporaria esse estágio "
                                    "à matriz de marco lógico do projeto de água?</li></ul>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "kind": "quiz",
                    "title": "Questionário do módulo 4: cooperação Sul-Sul e triangular",
                    "slug": "questionario-modulo-4-cooperacao-sul-sul",
                    "intro": (
                        "<p>Revise os princípios da cooperação Sul-Sul e triangular e a organização"
                        " de intercâmbios entre cidades. Você precisa de pelo menos 70 % para ser "
                        "aprovado. A questão dissertativa é corrigida por uma pessoa da equipe "
                        "docente.</p>"
                    ),
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "numeric",
                            "value": {
                                "prompt": (
                                    "<p>Em que ano foi adotado o Plano de Ação de Buenos Aires para"
                                    " promover e implementar a cooperação técnica entre os países "
                                    "em desenvolvimento?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Foi adotado em 1978, em uma conferência das Nações Unidas "
                                    "realizada em Buenos Aires. Seu quadragésimo aniversário deu "
                                    "nome à conferência PABA+40, de 2019.</p>"
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
                                    "<p>Em um projeto de cooperação triangular, que papel o "
                                    "<strong>segundo ofertante</strong> costuma cumprir?</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>O primeiro ofertante compartilha sobretudo sua "
                                    "experiência; o segundo ofertante apoia com recursos "
                                    "financeiros, técnicos ou logísticos; o receptor fortalece "
                                    "suas capacidades.</p>"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Compartilha sua experiência técnica como protagonista "
                                            "principal do intercâmbio."
                                        ),
                                        "correct": False,
                                        "feedback": "Esse é o papel típico do primeiro ofertante.",
                                    },
                                    {
                                        "text": "Apoia com recursos financeiros, técnicos ou logísticos.",
                                        "correct": True,
                                        "feedback": "Correto.",
                                    },
                                    {
                                        "text": "Recebe a cooperação para fortalecer suas capacidades.",
                                        "correct": False,
                                        "feedback": "Esse é o papel do receptor.",
                                    },
                                    {
                                        "text": "Avalia o projeto sem participar dele.",
                                        "correct": False,
                                        "feedback": "Não é um papel próprio da cooperação triangular.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "<p>Quais destes são princípios da cooperação Sul-Sul? Marque "
                                    "todas as corretas.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Horizontalidade, benefício mútuo e consenso são princípios"
                                    " habituais da cooperação Sul-Sul. A condicionalidade imposta "
                                    "por uma das partes contradiz a horizontalidade.</p>"
                                ),
                                "scoring": "partial_penalty",
                                "choices": [
                                    {"text": "Horizontalidade", "correct": True, "feedback": "Correto."},
                                    {"text": "Benefício mútuo", "correct": True, "feedback": "Correto."},
                                    {"text": "Consenso", "correct": True, "feedback": "Correto."},
                                    {
                                        "text": (
                                            "Condicionalidade imposta por quem contribui com mais recursos"
                                        ),
                                        "correct": False,
                                        "feedback": "Contradiz o princípio da horizontalidade.",
                                    },
                                    {
                                        "text": "Transferência de um modelo único que o receptor deve copiar",
                                        "correct": False,
                                        "feedback": (
                                            "A cooperação Sul-Sul busca adaptar, não copiar, e "
                                            "pressupõe aprendizagem nos dois sentidos."
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "<p>A cooperação Sul-Sul é proposta como um substituto da "
                                    "cooperação tradicional entre países desenvolvidos e em "
                                    "desenvolvimento.</p>"
                                ),
                                "points": "1",
                                "feedback": (
                                    "<p>Falso. Ela é entendida como um complemento da cooperação "
                                    "tradicional, não como um substituto.</p>"
                                ),
                                "correct": "false",
                            },
                        },
                        {
                            "type": "short_text",
                            "value": {
                                "prompt": (
                                    "<p>Como se chama a modalidade de cooperação em que dois países"
                                    " em desenvolvimento cooperam com o apoio de um terceiro ator, "
                                    "como um país desenvolvido ou um organismo internacional? "
                                    "Responda com uma palavra.</p>"
                                ),
                                "points": "1",
                                "feedback": "<p>É a cooperação triangular.</p>",
                                "accepted_answers": [
                                    "triangular",
                                    "cooperação triangular",
                                    "cooperacao triangular",
                                ],
                            },
                        },
                        {
                            "type": "ordering",
                            "value": {
                                "prompt": (
                                    "<p>Ordene os passos para organizar um intercâmbio de "
                                    "experiências útil entre cidades.</p>"
                                ),
                                "points": "2",
                                "feedback": (
                                    "<p>O intercâmbio parte de uma pergunta de aprendizagem clara "
                                    "e termina com a adaptação, o acompanhamento e a devolutiva dos"
                                    " resultados.</p>"
                                ),
                                "items": [
                                    "Definir a pergunta de aprendizagem do município",
                                    "Identificar a cidade com a experiência pertinente",
                                    "Combinar os termos de referência com a cidade anfitriã",
                                    "Realizar o intercâmbio",
                                    "Elaborar um plano de adaptação ao próprio contexto",
                                    "Acompanhar e compartilhar os resultados",
                                ],
                            },
                        },
                        {
                            "type": "essay",
                            "value": {
                                "prompt": (
                                    "<p>Proponha um intercâmbio de cooperação Sul-Sul entre o seu "
                                    "município e outra cidade da região. Indique o que você quer "
                                    "aprender, o que o seu município poderia oferecer em troca, que"
                                    " modalidade usaria e como os princípios de horizontalidade, "
                                    "benefício mútuo e consenso se refletiriam nele.</p>"
                                ),
                                "points": "3",
                                "feedback": (
                                    "<p>Uma boa proposta define uma pergunta de aprendizagem "
                                    "concreta e mostra que o intercâmbio beneficia as duas "
                                    "cidades.</p>"
                                ),
                                "rubric": (
                                    "<ul><li>Apresenta uma necessidade e uma pergunta de "
                                    "aprendizagem concretas e uma modalidade adequada (estágio, "
                                    "assistência técnica entre pares, projeto conjunto ou outra) (1"
                                    " ponto).</li><li>Identifica o que o seu município pode "
                                    "oferecer e explica o benefício mútuo (1 ponto).</li><li>Mostra"
                                    " como a horizontalidade e o consenso seriam aplicados nas "
                                    "decisões, nos custos e no acompanhamento (1 ponto).</li></ul>"
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

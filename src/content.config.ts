import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { PtceOutlineSchema } from './schemas/ptce';
import { ModuleSchema } from './schemas/module';
import { LessonSchema } from './schemas/lesson';
import { GlossaryTermSchema } from './schemas/glossary';
import { DrugSchema } from './schemas/drug';
import { CoverageExemptionSchema } from './schemas/coverage';
import { QuestionFileSchema } from './schemas/question';
import { AllergyGroupSchema, DuplicationClassSchema, InteractionSchema } from './schemas/dur';
import { PatientSchema, PlanSchema, PrescriberSchema } from './schemas/people';
import { ScenarioSchema } from './schemas/scenario';

/** Content lives in ../content; each collection is validated by its schema in ./schemas. */
const from = (dir: string, pattern: string) => glob({ base: `./content/${dir}`, pattern });

export const collections = {
  ptce: defineCollection({ loader: from('ptce', '*.yaml'), schema: PtceOutlineSchema }),
  modules: defineCollection({ loader: from('modules', '*.yaml'), schema: ModuleSchema }),
  lessons: defineCollection({ loader: from('lessons', '**/*.mdx'), schema: LessonSchema }),
  glossary: defineCollection({ loader: from('glossary', '*.yaml'), schema: GlossaryTermSchema }),
  drugs: defineCollection({ loader: from('drugs', '*.yaml'), schema: DrugSchema }),
  questions: defineCollection({ loader: from('questions', '**/*.yaml'), schema: QuestionFileSchema }),
  coverageExemptions: defineCollection({ loader: file('./content/curriculum/exemptions.yaml'), schema: CoverageExemptionSchema }),
  allergyGroups: defineCollection({ loader: file('./content/dur/allergy-groups.yaml'), schema: AllergyGroupSchema }),
  interactions: defineCollection({ loader: file('./content/dur/interactions.yaml'), schema: InteractionSchema }),
  duplicationClasses: defineCollection({ loader: file('./content/dur/duplication-classes.yaml'), schema: DuplicationClassSchema }),
  patients: defineCollection({ loader: file('./content/fill/patients.yaml'), schema: PatientSchema }),
  prescribers: defineCollection({ loader: file('./content/fill/prescribers.yaml'), schema: PrescriberSchema }),
  plans: defineCollection({ loader: file('./content/fill/plans.yaml'), schema: PlanSchema }),
  scenarios: defineCollection({ loader: from('scenarios', '*.yaml'), schema: ScenarioSchema }),
};

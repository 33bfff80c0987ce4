import type { FieldMetadata } from "@conform-to/react";
import { TextField } from "~/components/forms";
import { DISTRICT_LABEL } from "~/lib/labels";
import { isOutsideHohhot } from "~/lib/work-city";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import type { PositionFields, PositionOptions } from "../position-schema";
import { MIN_STUDENT_AGE } from "~/features/applications";
import { INTERNSHIP_MONTHS, MEDICAL_INTERNSHIP_MONTHS } from "../position-schema";
import { ChoicePicker } from "~/components/choice-picker";
import { InputField, SelectField, TextAreaInput } from "~/components/form-fields";

export type PositionFieldset = { [K in Exclude<keyof PositionFields, "intent">]-?: FieldMetadata<unknown> };

const asChoices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The inputs of a position, shared by the new and the edit page. */
export function PositionFormFields({ fields, options }: { fields: PositionFieldset; options: PositionOptions }) {
  const programGroups = options.categories
    .map((c) => ({
      label: c.name,
      choices: options.programs.filter((p) => p.categoryId === c.id).map((p) => ({ value: p.id, label: p.name })),
    }))
    .filter((g) => g.choices.length > 0);
  const text = (meta: FieldMetadata<unknown>) => meta as FieldMetadata<string | undefined>;
  // What was typed, as a refused post echoes it: a forged post may carry several values (an array).
  const city = typeof fields.city.value === "string" ? fields.city.value : undefined;
  return (
    <>
      <TextField label="岗位名称" meta={text(fields.title)} />
      <SelectField label="岗位类型" meta={fields.kind} choices={asChoices(POSITION_KIND_LABEL)} />
      <TextAreaInput label="岗位描述" meta={fields.description} rows={8} />
      <SelectField
        label="产业集群（可选）"
        meta={fields.clusterId}
        choices={options.clusters.map((c) => ({ value: c.id, label: c.name }))}
        empty="不限"
      />
      <ChoicePicker
        label="面向专业（可多选，可不选）"
        meta={fields.programIds}
        groups={programGroups}
        filterable
        hint="勾选面向的专业；不选专业也不选大类，即面向所有专业"
      />
      <ChoicePicker
        label="面向专业大类（可多选，可不选）"
        meta={fields.categoryIds}
        groups={[{ label: "专业大类", choices: options.categories.map((c) => ({ value: c.id, label: c.name })) }]}
      />
      <InputField label="招收人数" meta={fields.headcount} type="number" />
      <TextField label="工作城市（可选，默认呼和浩特市）" meta={text(fields.city)} />
      {/* A district is one of Hohhot's (docs/decisions/0010): another city hides an empty picker; the server refuses both
          together, and a chosen district stays visible so its error can be seen and undone. */}
      {isOutsideHohhot(city) && !fields.district.value && !fields.district.errors ? (
        <p className="muted">{`在${city}工作的岗位不选工作区县（区县仅限呼和浩特市）。`}</p>
      ) : (
        <SelectField label="工作区县（可选，仅呼和浩特市）" meta={fields.district} choices={asChoices(DISTRICT_LABEL)} />
      )}
      <TextField label="工作地址（可选）" meta={text(fields.address)} />
      <InputField label="月薪下限（元，可选）" meta={fields.payMin} type="number" />
      <InputField label="月薪上限（元，可选）" meta={fields.payMax} type="number" />
      <InputField label="到岗日期（可选）" meta={fields.startDate} type="date" />
      <InputField
        label="时长（月）"
        meta={fields.durationMonths}
        type="number"
        hint={`岗位实习必填，1–${INTERNSHIP_MONTHS} 个月；仅面向医药卫生类专业时可至 ${MEDICAL_INTERNSHIP_MONTHS} 个月`}
      />
      <InputField
        label="最低年龄（周岁，可选）"
        meta={fields.minAge}
        type="number"
        hint={`不得招收未满 ${MIN_STUDENT_AGE} 周岁的学生`}
      />
      <TextAreaInput label="证书要求（可选）" meta={fields.wantedCertificates} rows={3} hint="每行一项，或用逗号分隔" />
      <TextField label="联系方式（可选）" meta={text(fields.contact)} />
      <InputField label="报名截止日期（可选）" meta={fields.deadline} type="date" />
    </>
  );
}

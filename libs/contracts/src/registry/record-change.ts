import { ArrayMinSize, IsArray, IsInt, IsString, Min } from 'class-validator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixin pattern requires any[]
type PayloadConstructor = new (...args: any[]) => object;

/**
 * An `…updated` payload: the record's facts as its `…registered` event carries them, after the change,
 * plus its new version and which fields changed.
 */
export function UpdatedFacts<Facts extends PayloadConstructor>(facts: Facts) {
  class Updated extends facts {
    @IsInt()
    @Min(1)
    version!: number;

    /** API field names (`municipalityId`, `active`), without their old or new values. */
    @IsArray()
    @ArrayMinSize(1)
    @IsString({ each: true })
    changedFields!: string[];
  }
  return Updated;
}

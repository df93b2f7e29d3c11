import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';
import { Trimmed } from '@orbita/contracts';
import { DATE, UUID } from './api-examples';

/** Links a student to the participant code they wrote a diagnostic work under (the school knows it). */
export class LinkParticipantCodeCommand {
  @IsUUID()
  studentId!: string;

  @ApiProperty({ ...UUID, description: 'The diagnostic work' })
  @IsUUID()
  workId!: string;

  @ApiProperty({ example: 'S03-017', description: 'The code the student wrote the work under' })
  @Trimmed()
  @IsString()
  @Length(1, 50)
  participantCode!: string;
}

/** The link made: the student, the work and the code. */
@ApiSchema({ name: 'ParticipantCodeLink' })
export class ParticipantCodeLinkView {
  @ApiProperty(UUID)
  studentId!: string;

  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty({ example: 'S03-017' })
  participantCode!: string;
}

/** Removes the student's link to their participant code of the work. */
export class UnlinkParticipantCodeCommand {
  @IsUUID()
  studentId!: string;

  @IsUUID()
  workId!: string;
}

/** One diagnostic work a student wrote, with their total (joined by the participant code). */
@ApiSchema({ name: 'TrajectoryEntry' })
export class TrajectoryEntryView {
  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty({ example: 'intermediate' })
  kind!: string;

  @ApiProperty({ example: 'math' })
  subject!: string;

  @ApiProperty({ example: 'Промежуточная диагностическая работа по математике, 7 класс' })
  title!: string;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty(DATE)
  windowFrom!: string;

  @ApiProperty({ example: 'S03-017' })
  participantCode!: string;

  /** Null while no protocol with the code has arrived. */
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 14.5,
    description: 'Null while no protocol with the code has arrived',
  })
  total!: number | null;
}

@ApiSchema({ name: 'Trajectory' })
export class TrajectoryView {
  @ApiProperty(UUID)
  studentId!: string;

  /** Oldest work first. */
  @ApiProperty({ type: [TrajectoryEntryView], description: 'Oldest work first' })
  works!: TrajectoryEntryView[];
}
